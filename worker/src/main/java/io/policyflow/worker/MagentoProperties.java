package io.policyflow.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code policyflow.magento.*}: the store (env {@code MAGENTO_BASE_URL}, {@code MAGENTO_ACCESS_TOKEN}). */
@ConfigurationProperties("policyflow.magento")
public class MagentoProperties {

  private String baseUrl = "http://127.0.0.1:8089/rest/default";
  private String accessToken;
  private String storeCode;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }
}
