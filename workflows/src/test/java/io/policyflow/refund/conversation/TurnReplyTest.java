package io.policyflow.refund.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both shapes of the reply update's result, through Temporal's default data converter (what a
 * client reads).
 */
class TurnReplyTest {

  static final DataConverter CONVERTER = DefaultDataConverter.STANDARD_INSTANCE;
  static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
  static final Message HELLO =
      new Message(3, Author.CUSTOMER, "where is my refund?", List.of(), AT);
  static final Message ANSWER =
      new Message(4, Author.BOT, "It's on its way.", List.of("It arrived"), AT);
  static final OrderView ORDER =
      new OrderView("000000101", AT, new BigDecimal("15.00"), "USD", "complete");
  static final RefundView REFUND =
      new RefundView("71", new BigDecimal("10.00"), "USD", AT, LocalDate.parse("2026-12-03"));

  static ConversationView view() {
    return new ConversationView(
        "c-1",
        "refund-c-1",
        Status.FOLLOWING_UP,
        Awaiting.NOTHING,
        Outcome.REFUNDED,
        List.of(HELLO, ANSWER),
        ORDER,
        REFUND,
        null);
  }

  static Payload payload(Object value) {
    return CONVERTER.toPayload(value).orElseThrow();
  }

  @Test
  void theOldShapeWithTheWholeConversationReadsAsAnAnswerWithoutState() {
    Payload old = payload(new TurnResult(List.of(ANSWER), view()));

    TurnAnswer answer = CONVERTER.fromPayload(old, TurnAnswer.class, TurnAnswer.class);
    TurnReply reply = CONVERTER.fromPayload(old, TurnReply.class, TurnReply.class);

    assertThat(answer.replies()).containsExactly(ANSWER);
    assertThat(answer.state()).isNull();
    assertThat(reply).isEqualTo(answer);
  }

  @Test
  void theNewShapeCarriesTheStateAndNoTranscript() {
    ConversationState state =
        new ConversationState(
            Status.FOLLOWING_UP, Awaiting.NOTHING, Outcome.REFUNDED, ORDER, REFUND, null, 4);
    Payload compact = payload(new TurnAnswer(List.of(ANSWER), state));

    String json = compact.getData().toString(StandardCharsets.UTF_8);
    TurnAnswer answer = CONVERTER.fromPayload(compact, TurnAnswer.class, TurnAnswer.class);

    assertThat(json).doesNotContain("\"messages\"", "\"conversation\"", HELLO.text());
    assertThat(answer).isEqualTo(new TurnAnswer(List.of(ANSWER), state));
    assertThat(answer.state().order().total()).hasToString("15.00");
  }

  @Test
  void theOldShapeIsStillWrittenAndReadAsBefore() {
    TurnResult result = new TurnResult(List.of(ANSWER), view());
    Payload old = payload(result);

    assertThat(old.getData().toString(StandardCharsets.UTF_8))
        .startsWith("{\"replies\":[")
        .contains("\"conversation\":{\"conversationId\":\"c-1\"", HELLO.text());
    assertThat(CONVERTER.fromPayload(old, TurnResult.class, TurnResult.class)).isEqualTo(result);
  }
}
