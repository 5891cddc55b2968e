package io.policyflow.sandbox.error;

/**
 * A failure that a real store reports only as the masked HTTP 500 ({@code Internal Error. Details
 * are available in Magento log file. Report ID: webapi-...}), e.g. an SQL error from filtering on
 * an unknown column, or an unknown key inside a request data object. The reason goes to the sandbox
 * log, the same way Magento writes it to its own log.
 */
public class MaskedServerError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MaskedServerError(String reason) {
    super(reason);
  }
}
