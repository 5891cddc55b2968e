package io.policyflow.refund.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.conversation.Awaiting;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.Outcome;
import io.policyflow.refund.conversation.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 1 of the policy: identify the customer by email. */
class IdentifyCustomerScenarioTest extends ScenarioTest {

  @Test
  void asksForTheEmailThenListsTheFiveMostRecentOrders() {
    List<String> greeting = chat.open(new ConversationContext(null, null, "Jane", "en", "web"));
    assertThat(greeting)
        .singleElement()
        .asString()
        .startsWith("Hi Jane!")
        .contains("email address");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.EMAIL);

    String orders = chat.reply("it's Jane.Doe@Example.com, thanks");

    assertThat(store.emailsLookedUp).containsExactly("jane.doe@example.com");
    assertThat(orders)
        .contains(
            "1. #000000105", "2. #000000104", "3. #000000101", "4. #000000102", "5. #000000103")
        .contains("$59.00", "Argus All-Weather Tank, Affirm Water Bottle", "November 14, 2026")
        .doesNotContain("#000000100");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ORDER);
    assertThat(chat.view().messages().get(2).options()).hasSize(5).contains("#000000102");
  }

  @Test
  void aVerifiedEmailFromTheChatSkipsTheQuestion() {
    List<String> opening =
        chat.open(new ConversationContext("jane.doe@example.com", true, "Jane", "en", "web"));

    assertThat(opening).hasSize(2);
    assertThat(opening.get(1)).contains("Which one would you like a refund for?", "#000000101");
    assertThat(chat.view().awaiting()).isEqualTo(Awaiting.ORDER);
  }

  @Test
  void anUnverifiedEmailFromTheChatIsStillAskedFor() {
    List<String> opening =
        chat.open(new ConversationContext("jane.doe@example.com", false, null, null, null));

    assertThat(opening).singleElement().asString().contains("email address");
    assertThat(store.emailsLookedUp).isEmpty();
  }

  @Test
  void textWithoutAnEmailIsAskedAgainWithoutUsingUpTheAttempt() {
    chat.open();

    assertThat(chat.reply("I want my money back")).contains("couldn't find an email address");
    assertThat(chat.reply("jane@wrong.example"))
        .contains("couldn't find an account", "j***@wrong.example");
    assertThat(chat.reply("sorry, jane.doe@example.com")).contains("#000000101");
    assertThat(chat.view().status()).isEqualTo(Status.ACTIVE);
  }

  @Test
  void anEmailNotFoundTwiceGoesToAnAgent() {
    chat.open();

    assertThat(chat.reply("nobody@example.com")).contains("couldn't find an account");
    assertThat(chat.reply("still.nobody@example.com")).contains("member of our support team");

    var view = chat.view();
    assertThat(view.status()).isEqualTo(Status.HANDED_OFF);
    assertThat(view.outcome()).isEqualTo(Outcome.HANDED_OFF);
    assertThat(view.handoff().reason()).contains("No customer account");
    assertThat(channel.handoffs())
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.handoff().summary())
                    .contains("nobody@example.com", "still.nobody@example.com"));
  }
}
