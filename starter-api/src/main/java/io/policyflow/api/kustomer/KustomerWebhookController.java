package io.policyflow.api.kustomer;

import io.policyflow.api.problems.InvalidFieldException;
import io.policyflow.api.refunds.InputRules;
import io.policyflow.refund.conversation.AgentAction;
import io.policyflow.refund.conversation.ConversationContext;
import io.policyflow.refund.conversation.CustomerMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/webhooks/kustomer}: Kustomer's outbound webhook (events {@code
 * kustomer.message.create} and {@code kustomer.conversation.update}). Authenticated by its
 * signature, not by the API token (see {@code BearerTokenFilter}): a delivery that is unsigned,
 * wrongly signed, stale or malformed gets a 4xx problem and changes nothing. Handled deliveries
 * answer 200 {@code {outcome, conversationId, workflowId}}; a 503 (Temporal or Kustomer
 * unavailable) asks Kustomer to deliver again, which is safe.
 *
 * <p>Redeliveries: an authentic delivery is claimed in {@link ReplayGuard} before anything is
 * signalled, by Kustomer's message id ({@code data.id} of a {@code kustomer.message.create}, with
 * its conversation) or, for other events, by its MAC (the decoded signature: one MAC in any
 * encoding is one key). A copy of a handled delivery answers 200 {@code duplicate}; a copy arriving
 * while the first is still handled answers 503 ({@code webhook-in-progress}, so that it is
 * delivered again if the first fails); a failed delivery releases its claim.
 *
 * <ul>
 *   <li>{@code kustomer.message.create} with {@code direction: "in"}: the customer's message
 *       ({@code attributes.preview}, else {@code attributes.body}) goes to the refund workflow of
 *       the conversation ({@code relationships.conversation}), its message id being Kustomer's
 *       ({@code data.id}).
 *   <li>{@code kustomer.conversation.update} whose status becomes {@code done}: the agent closed
 *       it; the workflow records it and ends.
 *   <li>Anything else (outbound messages, other changes, other events): 200 {@code ignored}.
 * </ul>
 */
@RestController("policyflowKustomerWebhookController")
public class KustomerWebhookController {

  public static final String PATH = "/v1/webhooks/kustomer";

  private static final Logger log = LoggerFactory.getLogger(KustomerWebhookController.class);
  private static final int MAX_CONTEXT_LENGTH = 35;

  private final KustomerWebhookSettings settings;
  private final KustomerWebhookService service;

  public KustomerWebhookController(
      KustomerWebhookSettings settings, KustomerWebhookService service) {
    this.settings = settings;
    this.service = service;
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<KustomerWebhookService.Outcome> receive(HttpServletRequest request)
      throws IOException {
    if (!settings.enabled()) {
      throw KustomerWebhookProblem.notConfigured();
    }
    KustomerApiProperties.Webhook webhook = settings.webhook();
    byte[] body = read(request.getInputStream(), webhook.maxBodySize().toBytes());
    KustomerSignatureVerifier.Verification verification =
        settings
            .verifier()
            .verify(
                body,
                request.getHeader(webhook.signatureHeader()),
                request.getHeader(webhook.timestampHeader()));
    if (verification.rejection() != null) {
      log.warn(
          "Kustomer webhook delivery refused: {} (from {})",
          verification.rejection(),
          request.getRemoteAddr());
      throw KustomerWebhookProblem.signature(verification.rejection());
    }
    KustomerEvent event = KustomerEvent.parse(body);
    ReplayGuard.Claim claim = settings.replays().claim(deliveryKey(event, verification.mac()));
    if (claim.state() == ReplayGuard.State.HANDLED) {
      return ResponseEntity.ok(
          new KustomerWebhookService.Outcome(
              "duplicate", null, null, "This delivery was already handled."));
    }
    if (claim.state() == ReplayGuard.State.IN_PROGRESS) {
      throw KustomerWebhookProblem.inProgress();
    }
    KustomerWebhookService.Outcome outcome;
    try {
      outcome =
          switch (event.name()) {
            case KustomerEvent.MESSAGE_CREATE -> message(event);
            case KustomerEvent.CONVERSATION_UPDATE -> conversationUpdate(event);
            default ->
                KustomerWebhookService.Outcome.of(
                    KustomerWebhookService.IGNORED,
                    null,
                    "Event " + event.name() + " is not used.");
          };
    } catch (RuntimeException | Error e) {
      claim.release();
      throw e;
    }
    claim.handled();
    return ResponseEntity.ok(outcome);
  }

  /**
   * A message by its conversation and Kustomer's message id, so that a redelivery signed anew
   * (another timestamp) is the same delivery; any other event by its MAC.
   */
  private static String deliveryKey(KustomerEvent event, byte[] mac) {
    String conversationId = event.relationship("conversation");
    String messageId = event.dataId();
    if (KustomerEvent.MESSAGE_CREATE.equals(event.name())
        && validId(conversationId)
        && validId(messageId)) {
      return "message:" + conversationId + "/" + messageId;
    }
    return "mac:" + HexFormat.of().formatHex(mac);
  }

  private static boolean validId(String value) {
    return value != null && InputRules.ID.matcher(value).matches();
  }

  private KustomerWebhookService.Outcome message(KustomerEvent event) {
    if (!"message".equals(event.dataType())) {
      throw KustomerWebhookProblem.payload(
          "A kustomer.message.create event needs data of type message.");
    }
    String conversationId =
        id("data.relationships.conversation.data.id", event.relationship("conversation"));
    String messageId = id("data.id", event.dataId());
    if (!"in".equals(event.attribute("direction"))) {
      return KustomerWebhookService.Outcome.of(
          KustomerWebhookService.IGNORED,
          conversationId,
          "Only the customer's (inbound) messages are used.");
    }
    String text = event.attribute("preview");
    if (text == null || text.isBlank()) {
      text = event.attribute("body");
    }
    text = clean(text, InputRules.MAX_TEXT_LENGTH, true);
    if (text == null) {
      return KustomerWebhookService.Outcome.of(
          KustomerWebhookService.IGNORED, conversationId, "The message has no text.");
    }
    ConversationContext context =
        new ConversationContext(
            null,
            null,
            null,
            clean(event.attribute("lang"), MAX_CONTEXT_LENGTH, false),
            clean(event.attribute("channel"), MAX_CONTEXT_LENGTH, false));
    return service.customerMessage(conversationId, new CustomerMessage(messageId, text), context);
  }

  private KustomerWebhookService.Outcome conversationUpdate(KustomerEvent event) {
    if (!"conversation".equals(event.dataType())) {
      throw KustomerWebhookProblem.payload(
          "A kustomer.conversation.update event needs data of type conversation.");
    }
    String conversationId = id("data.id", event.dataId());
    var status = event.changes().path("attributes").path("status");
    boolean closed =
        status.isObject()
            ? "done".equals(KustomerEvent.text(status.path("after")))
            : event.changes().isMissingNode() && "done".equals(event.attribute("status"));
    if (!closed) {
      return KustomerWebhookService.Outcome.of(
          KustomerWebhookService.IGNORED,
          conversationId,
          "Only a conversation becoming done is used.");
    }
    String agent = event.relationship("modifiedBy");
    if (agent == null) {
      agent = event.attribute("endedBy");
    }
    return service.closedByAgent(
        conversationId,
        new AgentAction(
            AgentAction.Kind.CLOSED,
            agent == null ? "A Kustomer agent" : "Kustomer user " + agent,
            "closed in Kustomer"));
  }

  private static String id(String field, String value) {
    if (!InputRules.isId(value)) {
      throw new InvalidFieldException(
          field,
          field + " must be 1 to 128 characters of [A-Za-z0-9._:-], and not" + " \".\" or \"..\".");
    }
    return value;
  }

  /**
   * Control characters and bidirectional overrides, embeddings and isolates removed (line feed and
   * tab kept in texts), unpaired surrogates dropped, cut to {@code max} code points; null when no
   * visible character is left (only spaces, zero-width or formatting characters). A customer's
   * message is never refused for its content: Kustomer would deliver it again and again.
   */
  static String clean(String value, int max, boolean text) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length() && count < max; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        continue;
      } else if (Character.isISOControl(c) && !(text && (c == '\n' || c == '\t'))) {
        continue;
      } else if (InputRules.isBidiControl(c)) {
        continue;
      } else {
        out.append(c);
      }
      count++;
    }
    String cleaned = out.toString().strip();
    return cleaned.isEmpty() || !InputRules.hasVisibleCharacter(cleaned) ? null : cleaned;
  }

  private static byte[] read(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > max) {
        throw KustomerWebhookProblem.tooLarge(max);
      }
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "KustomerWebhookController[" + settings.toString().toLowerCase(Locale.ROOT) + "]";
  }
}
