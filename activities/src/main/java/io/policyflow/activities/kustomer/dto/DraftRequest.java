package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code POST /v1/customers/{id}/drafts} for an email reply, scheduled with {@code sendAt}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftRequest(
    String channel,
    String conversation,
    String app,
    List<Address> to,
    Address from,
    String subject,
    String body,
    Boolean auto,
    String sendAt) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Address(String email, String name) {}
}
