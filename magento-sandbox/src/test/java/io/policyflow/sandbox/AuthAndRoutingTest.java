package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AuthAndRoutingTest extends SandboxTestSupport {

  @Test
  void missingTokenIs401NamingTheRoutesAclResource() {
    SandboxClient.Response response = client.withToken(null).get("/V1/orders/11");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}");
  }

  @Test
  void wrongTokenAndNonBearerSchemesAre401() {
    assertThat(client.withToken("not-the-token").get("/V1/customers/1").status()).isEqualTo(401);
    assertThat(
            client
                .withToken("not-the-token")
                .get("/V1/customers/1")
                .json()
                .at("/parameters/resources")
                .asText())
        .isEqualTo("Magento_Customer::customer");
    assertThat(client.withToken("sandbox-token extra").get("/V1/customers/1").status())
        .isEqualTo(401);
  }

  @Test
  void eachRouteNamesItsOwnAclResource() {
    SandboxClient anonymous = client.withToken(null);
    assertThat(
            anonymous.post("/V1/order/11/refund", "{}").json().at("/parameters/resources").asText())
        .isEqualTo("Magento_Sales::creditmemo");
    assertThat(
            anonymous
                .post("/V1/invoice/111/refund", "{}")
                .json()
                .at("/parameters/resources")
                .asText())
        .isEqualTo("Magento_Sales::sales_invoice");
    assertThat(
            anonymous.get("/V1/creditmemo/1/comments").json().at("/parameters/resources").asText())
        .isEqualTo("Magento_Sales::sales_creditmemo");
    assertThat(
            anonymous
                .post("/V1/orders/11/comments", "{}")
                .json()
                .at("/parameters/resources")
                .asText())
        .isEqualTo("Magento_Sales::comment");
    assertThat(anonymous.get("/V1/shipment/211").json().at("/parameters/resources").asText())
        .isEqualTo("Magento_Sales::shipment");
  }

  @Test
  void unknownRouteIs404EvenWithoutToken() {
    SandboxClient.Response response = client.withToken(null).get("/V1/orderz");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"message\":\"Request does not match any route.\"}");
    assertThat(client.method("DELETE", "/V1/orders/11").status()).isEqualTo(404);
    assertThat(
            client
                .getAbsolute("http://127.0.0.1:" + sandbox.port() + "/index.php/V1/orders/11")
                .message())
        .isEqualTo("Request does not match any route.");
  }

  @Test
  void storeCodeInPathIsOptionalAndAnyCodeWorks() {
    String root = "http://127.0.0.1:" + sandbox.port() + "/rest";
    assertThat(client.getAbsolute(root + "/V1/orders/11").json().get("increment_id").asText())
        .isEqualTo("000000101");
    assertThat(client.getAbsolute(root + "/all/V1/orders/11").status()).isEqualTo(200);
    assertThat(client.getAbsolute(root + "/fr_store/V1/orders/11").status()).isEqualTo(200);
    assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/rest/default");
  }

  @Test
  void unknownEntitiesAre404WithMagentoWording() {
    SandboxClient.Response order = client.get("/V1/orders/101");
    assertThat(order.status()).isEqualTo(404);
    assertThat(order.message())
        .isEqualTo("The entity that was requested doesn't exist. Verify the entity and try again.");
    assertThat(client.get("/V1/creditmemo/999").status()).isEqualTo(404);
    assertThat(client.get("/V1/invoices/999").status()).isEqualTo(404);
    assertThat(client.get("/V1/shipment/999").status()).isEqualTo(404);

    JsonNode customer = client.get("/V1/customers/42").json();
    assertThat(customer.get("message").asText())
        .isEqualTo("No such entity with %fieldName = %fieldValue");
    assertThat(customer.at("/parameters/fieldName").asText()).isEqualTo("customerId");
    assertThat(customer.at("/parameters/fieldValue").asText()).isEqualTo("42");
  }

  @Test
  void badIdsAre400() {
    SandboxClient.Response zero = client.get("/V1/orders/0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.message()).isEqualTo("An ID is needed. Set the ID and try again.");

    SandboxClient.Response text = client.get("/V1/orders/000000101abc");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.message())
        .isEqualTo(
            "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.");
    assertThat(text.json().at("/parameters/type").asText()).isEqualTo("int");
  }

  @Test
  void bodyNeedsJsonContentTypeAndValidJson() {
    SandboxClient.Response noType = client.postWithoutContentType("/V1/order/11/refund", "{}");
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.message()).isEqualTo("Content-Type header is empty.");

    SandboxClient.Response broken = client.post("/V1/order/11/refund", "{\"items\": [");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.message()).isEqualTo("Decoding error.");
  }

  @Test
  void unexpectedFailuresAreMasked500() {
    SandboxClient.Response response =
        client.get("/V1/orders?" + filter("no_such_column", "1", null));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.message())
        .matches(
            "Internal Error\\. Details are available in Magento log file\\. Report ID: webapi-[0-9a-f]{13}");
    assertThat(response.json().has("trace")).isFalse();
  }

  @Test
  void unknownKeyInsideADataObjectIsNotSupported400() {
    SandboxClient.Response response =
        client.post(
            "/V1/order/11/refund", "{\"items\":[{\"order_item_id\":1101,\"qty\":1,\"price\":10}]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"\\\"%fieldName\\\" is not supported. Correct the field name and try again.\","
                + "\"parameters\":{\"fieldName\":\"price\"}}");
    assertThat(sandbox.store().order("000000101")).doesNotContainKey("total_refunded");
  }

  @Test
  void unknownSearchCriteriaKeyIsNotSupported400() {
    SandboxClient.Response response = client.get("/V1/orders?" + sc("page_sizes") + "=5");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message())
        .isEqualTo("\"%fieldName\" is not supported. Correct the field name and try again.");
    assertThat(response.json().at("/parameters/fieldName").asText()).isEqualTo("page_sizes");
  }

  @Test
  void adminTokenRouteRefusesWith2faByDefault() {
    SandboxClient.Response response =
        client
            .withToken(null)
            .post(
                "/V1/integration/admin/token",
                "{\"username\":\"admin\",\"password\":\"admin123\"}");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.message())
        .isEqualTo("Please use the 2fa provider-specific endpoints to obtain a token.");
    assertThat(response.json().at("/parameters/active_providers/0").asText()).isEqualTo("google");
  }

  @Test
  void adminTokenRouteRejectsWrongCredentials() {
    SandboxClient.Response response =
        client
            .withToken(null)
            .post("/V1/integration/admin/token", "{\"username\":\"admin\",\"password\":\"nope\"}");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.message())
        .isEqualTo(
            "The account sign-in was incorrect or your account is disabled "
                + "temporarily. Please wait and try again later.");
    assertThat(
            client.withToken(null).post("/V1/integration/admin/token", "{}").json().get("errors"))
        .hasSize(2);
  }

  @Test
  void without2faTheAdminTokenIsAJsonStringUsableAsBearer() {
    try (MagentoSandbox no2fa =
        MagentoSandbox.start(config().twoFactorAuth(false).accessToken("other").build())) {
      SandboxClient anonymous = new SandboxClient(no2fa, null);
      SandboxClient.Response response =
          anonymous.post(
              "/V1/integration/admin/token", "{\"username\":\"admin\",\"password\":\"admin123\"}");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).matches("\"[a-z0-9]{32}\"");
      String adminToken = response.json().asText();
      assertThat(new SandboxClient(no2fa, adminToken).get("/V1/orders/11").status()).isEqualTo(200);
      assertThat(new SandboxClient(no2fa, "sandbox-token").get("/V1/orders/11").status())
          .isEqualTo(401);
      assertThat(new SandboxClient(no2fa, "other").get("/V1/orders/11").status()).isEqualTo(200);
    }
  }
}
