package io.policyflow.api.playground;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.policyflow.api.problems.InvalidFieldException;
import io.policyflow.api.refunds.ConversationService;
import io.policyflow.api.refunds.CustomerTurnRequest;
import io.policyflow.api.refunds.InputRules;
import io.policyflow.api.refunds.OpenConversationRequest;
import io.policyflow.api.refunds.TurnRateLimiter;
import io.policyflow.refund.conversation.ConversationView;
import io.policyflow.refund.conversation.CustomerMessage;
import io.policyflow.refund.conversation.OpenResult;
import io.policyflow.refund.conversation.Reading;
import io.policyflow.refund.conversation.TurnResult;
import io.temporal.client.WorkflowClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The playground page's own JSON API, same-origin, protected by {@link PlaygroundAccessFilter} (not
 * by the {@code /v1} token). Conversations go through the same {@link ConversationService} as
 * {@code /v1/refunds}; runs are read with {@link RunInspector}; the clock and the sandbox come from
 * {@link PlaygroundLocalTools} when the local stack provides them.
 */
@RestController("policyflowPlaygroundApiController")
@RequestMapping(path = "/playground/api", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnBooleanProperty("policyflow.playground.enabled")
public class PlaygroundApiController {

  static final Duration MAX_SKIP = Duration.ofDays(400);
  static final int RECENT_RUNS = 20;
  private static final char[] ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConversationService conversations;
  private final RunInspector runs;
  private final ObjectProvider<PlaygroundLocalTools> localTools;
  private final PlaygroundAccess access;
  private final WorkflowClient client;
  private final TurnRateLimiter turnRate;

  public PlaygroundApiController(
      ConversationService conversations,
      RunInspector runs,
      ObjectProvider<PlaygroundLocalTools> localTools,
      PlaygroundAccess access,
      WorkflowClient client,
      TurnRateLimiter turnRate) {
    this.conversations = conversations;
    this.runs = runs;
    this.localTools = localTools;
    this.access = access;
    this.client = client;
    this.turnRate = turnRate;
  }

  /** What the page can offer here. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlaygroundSettings(
      String namespace, String temporalUiUrl, boolean clock, boolean sandbox, String access) {}

  /** Start a conversation; without an id, the playground makes one ({@code pg-...}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StartRequest(
      String conversationId, OpenConversationRequest.ContextRequest context) {}

  public record Started(String conversationId, boolean created, ConversationView conversation) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SkipRequest(String duration) {}

  public record ClockView(Instant now, String skipped) {}

  public record SandboxOrders(String email, List<PlaygroundLocalTools.SandboxOrder> orders) {}

  @GetMapping("/settings")
  public PlaygroundSettings settings() {
    Optional<PlaygroundLocalTools> tools = Optional.ofNullable(localTools.getIfAvailable());
    return new PlaygroundSettings(
        client.getOptions().getNamespace(),
        access.temporalUiUrl().orElse(null),
        tools.map(t -> t.clock().isPresent()).orElse(false),
        tools.map(PlaygroundLocalTools::hasSandbox).orElse(false),
        access.mode().name().toLowerCase(Locale.ROOT));
  }

  @PostMapping(path = "/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Started> start(@RequestBody StartRequest body) {
    String conversationId =
        body.conversationId() == null || body.conversationId().isBlank()
            ? newConversationId()
            : InputRules.conversationId(body.conversationId());
    OpenResult result = conversations.open(conversationId, InputRules.context(body.context()));
    Started started = new Started(conversationId, result.created(), result.conversation());
    return result.created()
        ? ResponseEntity.created(URI.create("/playground/api/conversations/" + conversationId))
            .body(started)
        : ResponseEntity.ok(started);
  }

  @GetMapping("/conversations")
  public List<RunSummary> recent() {
    return runs.recent(RECENT_RUNS);
  }

  @GetMapping("/conversations/{conversationId}")
  public ConversationView view(@PathVariable String conversationId) {
    return conversations.view(InputRules.conversationId(conversationId));
  }

  @PostMapping(
      path = "/conversations/{conversationId}/messages",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public TurnResult say(
      @PathVariable String conversationId, @RequestBody CustomerTurnRequest body) {
    InputRules.conversationId(conversationId);
    CustomerMessage message = InputRules.message(body);
    turnRate.admit(conversationId, message.messageId());
    return conversations.reply(conversationId, message);
  }

  /** How the bot read each customer message: {@code seq}, the question it answered, the reading. */
  @GetMapping("/conversations/{conversationId}/readings")
  public List<Reading> readings(@PathVariable String conversationId) {
    return conversations.readings(InputRules.conversationId(conversationId));
  }

  @GetMapping("/conversations/{conversationId}/run")
  public RunInfo run(@PathVariable String conversationId) {
    return runs.describe(InputRules.conversationId(conversationId));
  }

  @GetMapping("/conversations/{conversationId}/timeline")
  public TimelineView timeline(@PathVariable String conversationId) {
    return runs.timeline(InputRules.conversationId(conversationId));
  }

  @GetMapping("/clock")
  public ClockView clock() {
    return new ClockView(tools().clock().orElseThrow(PlaygroundApiController::noClock), null);
  }

  @PostMapping(path = "/clock/skip", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ClockView skip(@RequestBody SkipRequest body) {
    PlaygroundLocalTools tools = tools();
    if (tools.clock().isEmpty()) {
      throw noClock();
    }
    Duration duration;
    try {
      duration = Duration.parse(body.duration() == null ? "" : body.duration().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          "duration",
          "duration must be an ISO-8601 duration such as \"P1D\", \"P6D\" or \"PT2H\".");
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_SKIP) > 0) {
      throw new InvalidFieldException(
          "duration", "duration must be positive and at most 400 days.");
    }
    return new ClockView(tools.skip(duration), duration.toString());
  }

  @GetMapping("/sandbox/orders")
  public SandboxOrders sandboxOrders(@RequestParam(name = "email", required = false) String email) {
    PlaygroundLocalTools tools = tools();
    if (!tools.hasSandbox()) {
      throw PlaygroundProblem.toolUnavailable(
          "There is no sandbox store here (MAGENTO_BASE_URL names another store).");
    }
    if (email == null
        || email.isBlank()
        || email.length() > 254
        || !email.strip().matches("[^\\s@]+@[^\\s@]+")) {
      throw new InvalidFieldException("email", "email must be an email address.");
    }
    String address = email.strip();
    return new SandboxOrders(address, tools.sandboxOrders(address));
  }

  private PlaygroundLocalTools tools() {
    PlaygroundLocalTools tools = localTools.getIfAvailable();
    if (tools == null) {
      throw PlaygroundProblem.toolUnavailable(
          "The clock and the sandbox are local-stack tools; this server does not have them.");
    }
    return tools;
  }

  private static PlaygroundProblem noClock() {
    return PlaygroundProblem.toolUnavailable(
        "The clock can only be moved on Temporal's test server (the local stack's embedded one, or DevServices).");
  }

  static String newConversationId() {
    StringBuilder id = new StringBuilder("pg-");
    for (int i = 0; i < 10; i++) {
      id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
    }
    return id.toString();
  }
}
