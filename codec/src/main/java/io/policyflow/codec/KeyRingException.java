package io.policyflow.codec;

/** Invalid codec key configuration. Messages never contain key material. */
public class KeyRingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public KeyRingException(String message) {
    super(message);
  }
}
