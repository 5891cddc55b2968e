package io.policyflow.local.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.local.LocalStack;
import io.policyflow.refund.client.RefundWorkflowNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The playground page in headless Chromium against the whole local stack (embedded Temporal,
 * sandbox store, worker, API): a refund from the first message to the follow-up after a clock skip,
 * and a handoff. Skipped without a browser (with a message saying how to install one), except on CI
 * ({@code CI=true}), where that fails.
 *
 * <p>The screenshot in docs/playground.md comes from here: {@code -Dplayground.screenshot=<path>}
 * writes it there (e.g. {@code ../docs/playground.png}); {@code target/playground.png} is written
 * on every run.
 */
class PlaygroundBrowserTest {

  private static final String TOKEN = "playground-browser-test-token";
  private static LocalStack stack;
  private static Browser browser;
  private static String page;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    stack =
        LocalStack.start(
            Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"),
            "--server.port=0",
            "--policyflow.api.token=" + TOKEN,
            "--policyflow.playground.enabled=true");
    page = "http://localhost:" + stack.apiPort() + "/playground";
    browser = Browser.start(1440, 1000);
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  @Test
  void aWholeRefundThroughThePageWithTheFollowUpAfterAClockSkip() {
    browser.resize(1440, 1000);
    browser.open(page);
    browser.await("the local tools", d -> browser.find("#local-tools").isDisplayed());
    assertThat(browser.driver().getPageSource()).doesNotContain(TOKEN);

    // the context: a name, no email, so the bot asks for it
    browser.find("#ctx-name").sendKeys("Jane");
    browser.find("#ctx-locale").clear();
    browser.find("#ctx-locale").sendKeys("en-US");
    browser.find("#start").click();
    awaitBotMessage("email address");

    say("jane.doe@example.com");
    clickOption("#000000101");
    awaitBotMessage("unused and in their original packaging");
    say("unused");
    awaitBotMessage("Shall I go ahead?");
    // how the bot read it, under the customer's message
    browser.await(
        "the reading under the customer's 'unused'",
        d ->
            d.findElements(By.cssSelector("#messages li.message.customer")).stream()
                .anyMatch(
                    m ->
                        m.findElement(By.cssSelector(".text")).getText().equals("unused")
                            && m.findElements(By.cssSelector(".reading")).stream()
                                .anyMatch(
                                    r ->
                                        r.getText()
                                            .equals("read as: intent: none; condition: unused"))));
    clickOption("Yes, refund it");
    awaitBotMessage("refunded $10.00");

    browser.await(
        "the refund in the state panel",
        d -> browser.find("#state-refund").getText().contains("$10.00"));
    assertThat(browser.find("#state-refund").getText()).contains("credit memo", "expected by");
    assertThat(browser.find("#state-status").getText()).contains("FOLLOWING_UP");
    assertThat(browser.find("#state-outcome").getText()).containsIgnoringCase("refunded");
    assertThat(browser.find("#state-order").getText()).contains("#000000101");
    browser.await(
        "the search attributes",
        d -> browser.find("#search-attributes").getText().contains("REFUNDED"));
    assertThat(browser.find("#search-attributes").getText())
        .contains(
            RefundWorkflowNames.STAGE.getName(),
            RefundWorkflowNames.ORDER_NUMBER.getName(),
            "000000101");

    WebElement order =
        browser.await(
            "the refund in the sandbox store",
            d -> {
              List<WebElement> rows =
                  d.findElements(By.cssSelector("#sandbox-orders tr[data-order='000000101']"));
              return !rows.isEmpty()
                      && rows.get(0)
                          .findElement(By.cssSelector("td.refunded"))
                          .getText()
                          .contains("$10.00")
                  ? rows.get(0)
                  : null;
            });
    assertThat(order.findElement(By.cssSelector("td.refunded .memos")).getText())
        .contains("credit memo #");
    browser.await(
        "the refund activity in the timeline", d -> timeline().contains("Activity Refund"));
    assertThat(timeline())
        .contains(
            "Customer message",
            "(update)",
            "Activity FindCustomer",
            "Activity Refund",
            "completed",
            "Timer");

    // a week later: the follow-up is pushed to the page without a reload
    browser.find("[data-skip='P6D']").click();
    boolean followedUp = awaitFollowUp(4_000);
    for (int extraDay = 0; !followedUp && extraDay < 2; extraDay++) {
      // 5 business days can be 7 calendar days away; the follow-up goes out at 09:00 on the
      // expected date
      browser.find("[data-skip='P1D']").click();
      followedUp = awaitFollowUp(4_000);
    }
    assertThat(followedUp).as("the follow-up message appeared").isTrue();
    assertThat(lastBotMessage()).contains("$10.00 was issued on");
    browser.await(
        "the follow-up's quick replies",
        d ->
            !d.findElements(
                    By.xpath("//div[@class='options']/button[normalize-space()='It arrived']"))
                .isEmpty());
    browser.await("the fired timer in the timeline", d -> timeline().contains("fired"));

    // docs/playground.md's screenshot: desktop size, from the top of the page
    browser.resize(1440, 1600);
    browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
    browser.await(
        "the page at the top",
        d -> ((Number) browser.script("return window.scrollY")).intValue() == 0);
    Path screenshot = Path.of("target", "playground.png");
    browser.screenshot(screenshot);
    String copy = System.getProperty("playground.screenshot");
    if (copy != null && !copy.isBlank()) {
      browser.screenshot(Path.of(copy));
    }
    assertThat(Files.exists(screenshot)).isTrue();
  }

  @Test
  void askingForAPersonShowsTheHandoffSummary() {
    browser.resize(1440, 1000);
    browser.open(page);
    browser.await("the local tools", d -> browser.find("#local-tools").isDisplayed());

    browser.find("#ctx-email").sendKeys("jane.doe@example.com");
    browser.find("#ctx-verified").click();
    browser.find("#ctx-name").sendKeys("Jane");
    browser.find("#start").click();
    awaitBotMessage("#000000102");

    say("102");
    say("I want to talk to a real person");

    browser.await(
        "the handoff in the state panel",
        d -> browser.find("#state-handoff").getText().contains("jane.doe@example.com"));
    assertThat(browser.find("#state-handoff").getText()).contains("#000000102");
    assertThat(browser.find("#state-status").getText()).contains("HANDED_OFF");
    browser.await(
        "the handoff stage",
        d -> browser.find("#search-attributes").getText().contains("HANDED_OFF"));

    // every control is labelled, and the page fits a 360 px wide phone
    Object unlabelled =
        browser.script(
            "return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id)");
    assertThat((List<?>) unlabelled).isEmpty();
    browser.resize(360, 800);
    browser.await(
        "the narrow layout",
        d -> ((Number) browser.script("return window.innerWidth")).intValue() <= 380);
    Number overflow =
        (Number)
            browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
    browser.resize(1440, 1000);
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------------

  /** Types as the customer and waits until the turn is answered. */
  private static void say(String text) {
    browser.await("the message box", d -> browser.find("#send").isEnabled());
    int before = customerMessages();
    WebElement input = browser.find("#chat-input");
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    browser.await(
        "the turn '" + text + "' answered",
        d -> customerMessages() > before && browser.find("#send").isEnabled());
  }

  private static void clickOption(String option) {
    WebElement button =
        browser.await(
            "the quick reply " + option,
            d -> {
              List<WebElement> found =
                  d.findElements(
                      By.xpath(
                          "//div[@class='options']/button[normalize-space()='" + option + "']"));
              return found.isEmpty() || !found.get(0).isEnabled() ? null : found.get(0);
            });
    int before = customerMessages();
    button.click();
    browser.await(
        "the quick reply '" + option + "' answered",
        d -> customerMessages() > before && browser.find("#send").isEnabled());
  }

  private static WebElement awaitBotMessage(String contains) {
    return browser.await(
        "a bot message with '" + contains + "'",
        d ->
            d.findElements(By.cssSelector("#messages li.message.bot .text")).stream()
                .filter(e -> e.getText().contains(contains))
                .findFirst()
                .orElse(null));
  }

  private static boolean awaitFollowUp(long millis) {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      if (!browser
              .driver()
              .findElements(By.cssSelector("#messages li.message.bot.pushed"))
              .isEmpty()
          && lastBotMessage().contains("was issued on")) {
        return true;
      }
      sleep(100);
    }
    return false;
  }

  private static String lastBotMessage() {
    List<WebElement> bot =
        browser.driver().findElements(By.cssSelector("#messages li.message.bot .text"));
    return bot.isEmpty() ? "" : bot.get(bot.size() - 1).getText();
  }

  private static int customerMessages() {
    return browser
        .driver()
        .findElements(By.cssSelector("#messages li.message.customer:not(.sending)"))
        .size();
  }

  private static String timeline() {
    return browser.find("#timeline").getText();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
