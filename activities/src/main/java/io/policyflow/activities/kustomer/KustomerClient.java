package io.policyflow.activities.kustomer;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.policyflow.activities.kustomer.dto.ChatMessageRequest;
import io.policyflow.activities.kustomer.dto.ConversationUpdate;
import io.policyflow.activities.kustomer.dto.DraftRequest;
import io.policyflow.activities.kustomer.dto.KustomerDocument;
import io.policyflow.activities.kustomer.dto.KustomerList;
import io.policyflow.activities.kustomer.dto.MessageRequest;
import io.policyflow.activities.kustomer.dto.NoteRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Kustomer REST calls the refund bot needs, relative to {@link KustomerConfig#baseUrl()}.
 * Requests are flat JSON, answers JSON:API. Build it with {@link KustomerClients#create}; every
 * failure is a Temporal {@code ApplicationFailure} (see {@link KustomerErrors}).
 */
@Headers("Accept: application/json")
public interface KustomerClient {

  /**
   * Percent-encodes an email for {@link #customerByEmail} ({@code jane%40example.com}, {@code +} as
   * {@code %2B}).
   */
  static String encodeEmail(String email) {
    return URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * {@code GET /v1/customers/email={email}}: one customer, or 404. Pass {@link #encodeEmail}'s
   * result.
   */
  @RequestLine("GET /v1/customers/email={email}")
  KustomerDocument customerByEmail(@Param(value = "email", encoded = true) String encodedEmail);

  @RequestLine("GET /v1/customers/{id}")
  KustomerDocument customer(@Param("id") String customerId);

  /**
   * The customer's KObjects of one Klass (by name), a page at a time (1-based; at most 100 per
   * page).
   */
  @RequestLine("GET /v1/customers/{id}/klasses/{klass}?page={page}&pageSize={pageSize}")
  KustomerList customerKObjects(
      @Param("id") String customerId,
      @Param("klass") String klassName,
      @Param("page") int page,
      @Param("pageSize") int pageSize);

  @RequestLine("GET /v1/conversations/{id}")
  KustomerDocument conversation(@Param("id") String conversationId);

  /** Partial update (merge); never send {@code tags} here. */
  @RequestLine("PATCH /v1/conversations/{id}")
  @Headers("Content-Type: application/json")
  KustomerDocument updateConversation(@Param("id") String conversationId, ConversationUpdate body);

  /** Appends tags (names or ids; unknown names are created). The body is a bare JSON array. */
  @RequestLine("POST /v1/conversations/{id}/tags")
  @Headers("Content-Type: application/json")
  JsonNode appendTags(@Param("id") String conversationId, List<String> tags);

  @RequestLine("POST /v1/conversations/{id}/notes")
  @Headers("Content-Type: application/json")
  KustomerDocument createNote(@Param("id") String conversationId, NoteRequest body);

  @RequestLine("POST /v1/conversations/{id}/messages")
  @Headers("Content-Type: application/json")
  KustomerDocument createMessage(@Param("id") String conversationId, MessageRequest body);

  @RequestLine("POST /v2.1/chat/outbound/messages")
  @Headers("Content-Type: application/json")
  JsonNode sendChatMessage(ChatMessageRequest body);

  @RequestLine("POST /v1/customers/{id}/drafts")
  @Headers("Content-Type: application/json")
  KustomerDocument createDraft(@Param("id") String customerId, DraftRequest body);

  /** The key's own record (name, roles): works whatever the roles, so it checks the key. */
  @RequestLine("GET /v1/auth/tokens/current")
  KustomerDocument currentToken();
}
