package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.Author;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import io.temporal.client.WorkflowException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Step 7 and the rules that hold at any point: a person on request, cancelling, silence,
 * asynchronous turns.
 */
class ConversationControlScenarioTest extends ScenarioTest {

  @Test
  void askingForAPersonHandsOffWithTheWholeContextAndTheBotStopsTalking() {
    janePicks("102");

    assertThat(chat.reply("can I talk to a human please")).contains("member of our support team");

    var view = chat.view();
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(view.handoff().summary())
        .contains(
            "asked for a person",
            "jane.doe@example.com",
            "#000000102",
            "$59.00",
            "can I talk to a human");
    assertThat(store.comments).anySatisfy(c -> assertThat(c).startsWith("102: Policyflow handed"));
    assertThat(channel.handoffs()).hasSize(1);

    assertThat(chat.say("hello? anyone?")).isEmpty();
    assertThat(chat.view().messages())
        .last()
        .satisfies(
            m -> {
              assertThat(m.author()).isEqualTo(Author.CUSTOMER);
              assertThat(m.text()).isEqualTo("hello? anyone?");
            });
  }

  @Test
  void neverMindClosesTheConversationAndLaterTurnsAreRefused() {
    chat.open();

    assertThat(chat.reply("never mind")).contains("nothing has been refunded");
    assertThat(chat.view().status()).isEqualTo(Status.CLOSED);
    assertThat(chat.view().outcome()).isEqualTo(Outcome.CANCELLED);

    assertThatThrownBy(() -> chat.say("wait, come back")).isInstanceOf(WorkflowException.class);
    assertThat(chat.view().messages()).noneMatch(m -> m.text().equals("wait, come back"));
  }

  @Test
  void silenceGetsOneReminderThenTheConversationIsAbandoned() {
    chat.open();

    wait(Duration.ofHours(25));
    assertThat(channel.messages()).singleElement().asString().startsWith("Are you still there?");

    wait(Duration.ofHours(24));
    assertThat(channel.messages())
        .hasSize(2)
        .last()
        .asString()
        .contains("closing this conversation");
    assertThat(chat.view().outcome()).isEqualTo(Outcome.ABANDONED);
  }

  @Test
  void notUnderstoodTwiceInARowGoesToAnAgent() {
    janePicks("102");

    assertThat(chat.reply("hmm")).contains("didn't get which items");
    chat.say("what?");

    assertThat(chat.view().status()).isEqualTo(Status.HANDED_OFF);
  }

  @Test
  void turnsSentAsSignalsAreAnsweredThroughTheChannel() {
    chat.open();

    chat.signal("jane.doe@example.com");
    chat.signal("101");

    Eventually.holds(() -> assertThat(channel.messages()).hasSize(2));
    assertThat(chat.view().order().number()).isEqualTo("000000101");
    assertThat(channel.messages().get(0)).contains("#000000101");
    assertThat(channel.messages().get(1)).contains("unused and in their original packaging");
  }

  @Test
  void aConversationStartedAsynchronouslyPushesItsGreeting() {
    chat.open(RefundRequest.asynchronous("c-1", ConversationContext.empty()));

    Eventually.holds(
        () -> assertThat(channel.messages()).singleElement().asString().contains("email address"));
  }

  @Test
  void anAgentClosingTheConversationInTheHelpdeskEndsIt() {
    janePicks("102");
    chat.say("agent please");

    chat.agent(new AgentAction(AgentAction.Kind.CLOSED, "Sam", "refunded by hand"));

    Eventually.holds(() -> assertThat(chat.view().status()).isEqualTo(Status.CLOSED));
    assertThat(chat.view().outcome()).isEqualTo(Outcome.HANDED_OFF);
    assertThat(chat.view().messages())
        .last()
        .satisfies(
            m -> {
              assertThat(m.author()).isEqualTo(Author.AGENT);
              assertThat(m.text()).isEqualTo("Sam closed the conversation: refunded by hand");
            });
  }
}
