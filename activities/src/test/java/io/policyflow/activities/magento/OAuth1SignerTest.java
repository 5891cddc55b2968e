package io.policyflow.activities.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policyflow.activities.magento.MagentoStub.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import io.policyflow.activities.magento.dto.RefundRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth 1.0a signing, checked against vectors computed elsewhere: RFC 5849's base-string example,
 * Twitter's documented HMAC-SHA1 example, and HMAC-SHA256 vectors computed with Python's {@code
 * urllib.parse.quote} (the base string) and {@code openssl dgst -sha256 -hmac} (the signature).
 */
class OAuth1SignerTest {

  @RegisterExtension static WireMockExtension wm = MagentoStub.server();

  static final MagentoCredentials.OAuth1 CREDENTIALS =
      new MagentoCredentials.OAuth1(
          "cq9nfhw2ek1ny4hsh5c6rixbnj4m1myx", "s3xq6cm1nyb2p9zkgn5r8dtw0ajvh4lf",
          "k8t0pxq3w5z7yb2nc4rd6fg9hj1lm0sa", "u2v4w6x8y0z1a3b5c7d9e0f2g4h6i8j9");

  @Test
  void rfc5849BaseStringExample() {
    // RFC 5849 §3.4.1.1: query and form-body parameters, a repeated name, an empty value, '=' and
    // '@' in names/values
    String base =
        OAuth1Signer.baseString(
            "POST",
            "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
            List.of(
                Map.entry("oauth_consumer_key", "9djdj82h48djs9d2"),
                Map.entry("oauth_token", "kkk9d7dh3k39sjv7"),
                Map.entry("oauth_signature_method", "HMAC-SHA1"),
                Map.entry("oauth_timestamp", "137131201"),
                Map.entry("oauth_nonce", "7d8f3e4a"),
                Map.entry("c2", ""),
                Map.entry("a3", "2 q")));

    assertThat(base)
        .isEqualTo(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D"
                + "%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
                + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
  }

  @Test
  void twitterDocumentedHmacSha1Example() {
    String base =
        OAuth1Signer.baseString(
            "post",
            "https://api.twitter.com/1.1/statuses/update.json?include_entities=true",
            List.of(
                Map.entry("status", "Hello Ladies + Gentlemen, a signed OAuth request!"),
                Map.entry("oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"),
                Map.entry("oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
                Map.entry("oauth_signature_method", "HMAC-SHA1"),
                Map.entry("oauth_timestamp", "1318622958"),
                Map.entry("oauth_token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"),
                Map.entry("oauth_version", "1.0")));

    assertThat(base)
        .isEqualTo(
            "POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities"
                + "%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu"
                + "2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMA"
                + "gYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlem"
                + "en%252C%2520a%2520signed%2520OAuth%2520request%2521");
    assertThat(
            OAuth1Signer.signSha1(
                base,
                "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"))
        .isEqualTo("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
  }

  @Test
  void hmacSha256HeaderForAMagentoSearchSignsTheQuery() {
    OAuth1Signer signer = new OAuth1Signer(CREDENTIALS, () -> "unused", MagentoStub.CLOCK);
    String url =
        "https://Shop.Example.com:443/rest/default/V1/orders?"
            + "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=customer_email"
            + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=jane%2Bshop%40example.com"
            + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=eq"
            + "&searchCriteria%5BpageSize%5D=20";

    assertThat(
            OAuth1Signer.baseString(
                "GET",
                url,
                new ArrayList<>(
                    signer
                        .protocolParameters("0f8c3a1b2d4e6f708192a3b4c5d6e7f8", 1714989600)
                        .entrySet())))
        .isEqualTo(
            "GET&https%3A%2F%2Fshop.example.com%2Frest%2Fdefault%2FV1%2Forders&oauth_consumer_key%3Dcq9nfhw2"
                + "ek1ny4hsh5c6rixbnj4m1myx%26oauth_nonce%3D0f8c3a1b2d4e6f708192a3b4c5d6e7f8%26oauth_signature_method%3D"
                + "HMAC-SHA256%26oauth_timestamp%3D1714989600%26oauth_token%3Dk8t0pxq3w5z7yb2nc4rd6fg9hj1lm0sa%26oauth_ve"
                + "rsion%3D1.0%26searchCriteria%255Bfilter_groups%255D%255B0%255D%255Bfilters%255D%255B0%255D%255Bcondit"
                + "ion_type%255D%3Deq%26searchCriteria%255Bfilter_groups%255D%255B0%255D%255Bfilters%255D%255B0%255D%255"
                + "Bfield%255D%3Dcustomer_email%26searchCriteria%255Bfilter_groups%255D%255B0%255D%255Bfilters%255D%255B"
                + "0%255D%255Bvalue%255D%3Djane%252Bshop%2540example.com%26searchCriteria%255BpageSize%255D%3D20");
    assertThat(signer.authorization("GET", url, "0f8c3a1b2d4e6f708192a3b4c5d6e7f8", 1714989600))
        .isEqualTo(
            "OAuth oauth_consumer_key=\"cq9nfhw2ek1ny4hsh5c6rixbnj4m1myx\","
                + "oauth_nonce=\"0f8c3a1b2d4e6f708192a3b4c5d6e7f8\",oauth_signature_method=\"HMAC-SHA256\","
                + "oauth_timestamp=\"1714989600\",oauth_token=\"k8t0pxq3w5z7yb2nc4rd6fg9hj1lm0sa\",oauth_version=\"1.0\","
                + "oauth_signature=\"BUn4Vu3zSYg1MY0bYtD8tGxBrsHVFVuUkqEBKtAwSio%3D\"");
  }

  @Test
  void interceptorSignsTheTargetUrlWithFixedNonceAndTimestamp() {
    Clock at = Clock.fixed(Instant.ofEpochSecond(1714989661), ZoneOffset.UTC);
    OAuth1Signer signer =
        new OAuth1Signer(CREDENTIALS, () -> "a1b2c3d4e5f60718293a4b5c6d7e8f90", at);
    RequestTemplate template =
        new RequestTemplate().method(Request.HttpMethod.POST).uri("/V1/order/1042/refund");
    template.header("Authorization", "Bearer stale");
    template.feignTarget(
        new Target.HardCodedTarget<>(MagentoClient.class, "http://127.0.0.1:8089/rest/default"));

    signer.apply(template);

    assertThat(template.headers().get("Authorization"))
        .containsExactly(
            "OAuth oauth_consumer_key=\"cq9nfhw2ek1ny4hsh5c6rixbnj4m1myx\","
                + "oauth_nonce=\"a1b2c3d4e5f60718293a4b5c6d7e8f90\",oauth_signature_method=\"HMAC-SHA256\","
                + "oauth_timestamp=\"1714989661\",oauth_token=\"k8t0pxq3w5z7yb2nc4rd6fg9hj1lm0sa\",oauth_version=\"1.0\","
                + "oauth_signature=\"AB71FqGTWf6u48QrMkhd9GLhGYTpe22b3vd%2BghbmeIg%3D\"");
  }

  @Test
  void whatGoesOverTheWireIsWhatWasSigned() {
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(json(Fixtures.magento("orders-search-empty.json"))));
    wm.stubFor(post(urlEqualTo(API + "/order/1042/refund")).willReturn(json("87")));
    AtomicInteger n = new AtomicInteger();
    OAuth1Signer signer =
        new OAuth1Signer(CREDENTIALS, () -> "nonce" + n.incrementAndGet(), MagentoStub.CLOCK);
    MagentoClient client =
        MagentoClients.create(
            MagentoStub.config(wm), signer, MagentoResilience.defaults(), MagentoStub.CLOCK);

    client.searchOrders(
        SearchCriteria.builder()
            .where("customer_email", "jane+shop@example.com")
            .where("created_at", "gteq", "2024-05-01 00:00:00")
            .pageSize(20)
            .currentPage(1)
            .build());
    client.refundOrder(
        1042,
        new RefundRequest(
            List.of(new RefundRequest.Item(2003, BigDecimal.ONE)),
            null,
            true,
            false,
            new RefundRequest.Comment("[policyflow:x]", 0),
            new RefundRequest.Arguments(BigDecimal.ZERO)));

    List<LoggedRequest> requests = wm.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(2);
    long timestamp = MagentoStub.CLOCK.instant().getEpochSecond();
    for (int i = 0; i < 2; i++) {
      LoggedRequest sent = requests.get(i);
      assertThat(sent.getHeader("Authorization"))
          .as("signed over %s %s", sent.getMethod(), sent.getUrl())
          .isEqualTo(
              signer.authorization(
                  sent.getMethod().value(),
                  wm.baseUrl() + sent.getUrl(),
                  "nonce" + (i + 1),
                  timestamp));
    }
    assertThat(requests.get(0).getUrl())
        .contains("jane%2Bshop%40example.com")
        .contains("2024-05-01%2000%3A00%3A00");
  }

  @Test
  void aBareQueryNameIsNotSignedBecauseMagentosVerifierIgnoresIt() {
    // Feign sends the empty search as "?searchCriteria"; Magento's verifier reads only "name=value"
    // query parts.
    wm.stubFor(
        get(urlPathEqualTo(API + "/orders"))
            .willReturn(json(Fixtures.magento("orders-search-empty.json"))));
    OAuth1Signer signer = new OAuth1Signer(CREDENTIALS, () -> "n1", MagentoStub.CLOCK);
    MagentoClient client =
        MagentoClients.create(
            MagentoStub.config(wm), signer, MagentoResilience.defaults(), MagentoStub.CLOCK);

    client.searchOrders(SearchCriteria.builder().build());

    LoggedRequest sent = wm.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(sent.getUrl()).isEqualTo(API + "/orders?searchCriteria");
    assertThat(sent.getHeader("Authorization"))
        .isEqualTo(
            signer.authorization(
                "GET",
                wm.baseUrl() + API + "/orders",
                "n1",
                MagentoStub.CLOCK.instant().getEpochSecond()));
  }

  @Test
  void changingAnyQueryValueChangesTheSignature() {
    OAuth1Signer signer = new OAuth1Signer(CREDENTIALS, MagentoStub.CLOCK);
    String a = signer.authorization("GET", "https://shop.example.com/rest/V1/orders?x=1", "n", 1);
    String b = signer.authorization("GET", "https://shop.example.com/rest/V1/orders?x=2", "n", 1);
    String c = signer.authorization("GET", "https://shop.example.com/rest/V1/orders?x=1", "n", 1);
    assertThat(a).isNotEqualTo(b).isEqualTo(c);
  }

  @Test
  void noncesAre32RandomLettersAndDigits() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String nonce = OAuth1Signer.randomNonce();
      assertThat(nonce).matches("[A-Za-z0-9]{32}");
      seen.add(nonce);
    }
    assertThat(seen).hasSize(100);
  }

  @Test
  void credentialsNeverPrintSecrets() {
    assertThat(CREDENTIALS.toString())
        .doesNotContain("s3xq6")
        .doesNotContain("k8t0p")
        .doesNotContain("u2v4w");
    assertThat(new OAuth1Signer(CREDENTIALS, MagentoStub.CLOCK).toString()).doesNotContain("s3xq6");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
