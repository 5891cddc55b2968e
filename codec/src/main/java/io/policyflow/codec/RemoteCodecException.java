package io.policyflow.codec;

/**
 * A remote codec request that cannot be served. {@link #httpStatus()} is the status the HTTP layer
 * should answer with; {@link #getMessage()} is safe to return to the caller (it never contains
 * payload contents or key material).
 */
public class RemoteCodecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request failed. */
  public enum Reason {
    /** Not JSON, not {@code {"payloads":[...]}}, or a field that is not valid protobuf JSON. */
    MALFORMED_REQUEST(400),
    /** Larger than the handler accepts. */
    REQUEST_TOO_LARGE(413),
    /** Well-formed, but a payload cannot be decoded: unknown key id or failed authentication. */
    UNDECODABLE_PAYLOAD(400);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  private final Reason reason;

  public RemoteCodecException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RemoteCodecException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public int httpStatus() {
    return reason.httpStatus();
  }
}
