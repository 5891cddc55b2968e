package io.policyflow.api.refunds;

import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.TurnResult;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API for chat backends: {@code /v1/refunds}. Authentication is the bearer filter's job. */
@RestController("policyflowApiRefundsController")
@RequestMapping(path = "/v1/refunds", produces = MediaType.APPLICATION_JSON_VALUE)
public class RefundsController {

  private final ConversationService conversations;
  private final TurnRateLimiter turnRate;

  public RefundsController(ConversationService conversations, TurnRateLimiter turnRate) {
    this.conversations = conversations;
    this.turnRate = turnRate;
  }

  /**
   * Opens a conversation: 201 with Location when new, 200 when it exists; the body is the
   * conversation.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ConversationView> open(
      @RequestBody OpenConversationRequest body, HttpServletRequest request) {
    String conversationId = InputRules.conversationId(body.conversationId());
    OpenResult result = conversations.open(conversationId, InputRules.context(body.context()));
    if (result.created()) {
      URI location = URI.create(request.getContextPath() + "/v1/refunds/" + conversationId);
      return ResponseEntity.created(location).body(result.conversation());
    }
    return ResponseEntity.ok(result.conversation());
  }

  /**
   * A customer turn: the bot's replies (or a holding reply) and the conversation after it; 429 past
   * the conversation's turn rate, 409 when the conversation is closed or full.
   */
  @PostMapping(path = "/{conversationId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  public TurnResult reply(
      @PathVariable String conversationId, @RequestBody CustomerTurnRequest body) {
    InputRules.conversationId(conversationId);
    CustomerMessage message = InputRules.message(body);
    turnRate.admit(conversationId, message.messageId());
    return conversations.reply(conversationId, message);
  }

  /** The conversation as it is now. */
  @GetMapping(path = "/{conversationId}")
  public ConversationView view(@PathVariable String conversationId) {
    return conversations.view(InputRules.conversationId(conversationId));
  }
}
