package io.policyflow.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PHP behaviours the verifier reproduces. */
class OAuthVerifierTest {

  @Test
  void strnatcmpComparesDigitRunsByValue() {
    assertThat(OAuthVerifier.strnatcmp("a%5B2%5D", "a%5B10%5D")).isNegative();
    assertThat(OAuthVerifier.strnatcmp("a%5B10%5D", "a%5B9%5D")).isPositive();
    assertThat(OAuthVerifier.strnatcmp("oauth_nonce", "oauth_token")).isNegative();
    assertThat(OAuthVerifier.strnatcmp("abc", "abc")).isZero();
    assertThat(OAuthVerifier.strnatcmp("ab", "abc")).isNegative();
  }

  @Test
  void rawurldecodeKeepsPlusAndUrldecodeMakesItASpace() {
    assertThat(OAuthVerifier.rawUrlDecode("jane+x%40example.com")).isEqualTo("jane+x@example.com");
    assertThat(OAuthVerifier.urlDecode("jane+x%40example.com")).isEqualTo("jane x@example.com");
    assertThat(OAuthVerifier.rawUrlDecode("100%")).isEqualTo("100%");
  }

  @Test
  void encodeKeepsOnlyUnreservedCharacters() {
    assertThat(OAuthVerifier.encode("a b+c~d*é")).isEqualTo("a%20b%2Bc~d%2A%C3%A9");
  }

  @Test
  void phpIntCastAndLooseVersionComparison() {
    assertThat(OAuthVerifier.phpIntCast("1749988800")).isEqualTo(1749988800L);
    assertThat(OAuthVerifier.phpIntCast(" 12abc")).isEqualTo(12L);
    assertThat(OAuthVerifier.phpIntCast("abc")).isZero();
    assertThat(OAuthVerifier.phpLooseEquals("1.0", "1")).isTrue();
    assertThat(OAuthVerifier.phpLooseEquals("1.0", "1.0a")).isFalse();
    assertThat(OAuthVerifier.phpLooseEquals("1.0", "2.0")).isFalse();
  }

  @Test
  void theBaseUrlDropsTheDefaultPortAndLowerCasesTheHost() {
    assertThat(OAuthVerifier.normaliseUrl("http://Shop.Example.COM:80/rest/V1/orders?x=1"))
        .isEqualTo("http://shop.example.com/rest/V1/orders");
    assertThat(OAuthVerifier.normaliseUrl("http://127.0.0.1:8089/rest/default/V1/orders/11"))
        .isEqualTo("http://127.0.0.1:8089/rest/default/V1/orders/11");
  }
}
