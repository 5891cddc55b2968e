package io.policyflow.kustomer.sandbox;

import java.time.Instant;

/** An API call the simulator answered (control routes under {@code /sandbox} are not recorded). */
public record RecordedRequest(String method, String path, int status, String body, Instant at) {}
