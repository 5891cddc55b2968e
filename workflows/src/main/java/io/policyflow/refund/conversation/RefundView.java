package io.policyflow.refund.conversation;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The refund issued in this conversation. {@code expectedBy} is the latest business day it should
 * arrive.
 */
public record RefundView(
    String creditMemoId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    Instant issuedAt,
    LocalDate expectedBy) {}
