package io.policyflow.refund.conversation;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/** The order the conversation is about. Amounts are serialized as decimal strings ("59.00"). */
public record OrderView(
    String number,
    Instant placedAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
    String currency,
    String state) {}
