package io.policyflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest extends SandboxTestSupport {

  private static List<String> incrementIds(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("items").forEach(item -> ids.add(item.get("increment_id").asText()));
    return ids;
  }

  @Test
  void customerSearchByEmailWithEncodedAt() {
    JsonNode result =
        client
            .get("/V1/customers/search?" + filter("email", "jane.doe%40example.com", "eq"))
            .json();

    assertThat(result.get("total_count").asInt()).isEqualTo(1);
    assertThat(result.at("/items/0/id").asInt()).isEqualTo(1);
    assertThat(result.at("/items/0/firstname").asText()).isEqualTo("Jane");
    assertThat(result.at("/search_criteria/filter_groups/0/filters/0/value").asText())
        .isEqualTo("jane.doe@example.com");
    assertThat(result.at("/search_criteria/filter_groups/0/filters/0/condition_type").asText())
        .isEqualTo("eq");
  }

  @Test
  void emailComparisonIsCaseInsensitiveLikeMysql() {
    JsonNode result =
        client
            .get("/V1/customers/search?" + filter("email", "JANE.DOE%40EXAMPLE.COM", null))
            .json();
    assertThat(result.get("total_count").asInt()).isEqualTo(1);
  }

  @Test
  void camelCaseKeysWorkLikeSnakeCase() {
    String q =
        "searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=email"
            + "&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=lee.partial%40example.com"
            + "&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5BconditionType%5D=eq";
    JsonNode result = client.get("/V1/customers/search?" + q).json();

    assertThat(result.get("total_count").asInt()).isEqualTo(1);
    assertThat(result.at("/items/0/email").asText()).isEqualTo("lee.partial@example.com");
  }

  @Test
  void rawBracketsAreAcceptedToo() {
    SandboxClient.Response response =
        client.rawGet(
            "/V1/orders?searchCriteria[filter_groups][0][filters][0][field]="
                + "increment_id&searchCriteria[filter_groups][0][filters][0][value]=000000102");

    assertThat(response.status()).isEqualTo(200);
    assertThat(incrementIds(response.json())).containsExactly("000000102");
  }

  @Test
  void ordersOfACustomerNewestFirstPagedToFive() {
    String q =
        filter("customer_email", "jane.doe%40example.com", "eq")
            + "&"
            + sc("sortOrders", 0, "field")
            + "=created_at&"
            + sc("sortOrders", 0, "direction")
            + "=DESC"
            + "&"
            + sc("pageSize")
            + "=5&"
            + sc("currentPage")
            + "=1";
    JsonNode result = client.get("/V1/orders?" + q).json();

    assertThat(result.get("total_count").asInt()).isEqualTo(7);
    assertThat(incrementIds(result))
        .containsExactly("000000105", "000000101", "000000102", "000000104", "000000106");
    assertThat(result.at("/search_criteria/page_size").asInt()).isEqualTo(5);
    assertThat(result.at("/search_criteria/current_page").asInt()).isEqualTo(1);
    assertThat(result.at("/search_criteria/sort_orders/0/direction").asText()).isEqualTo("DESC");
  }

  @Test
  void secondPageAndPagePastTheEndGivesTheLastPageAgain() {
    String base =
        filter("customer_email", "jane.doe%40example.com", "eq")
            + "&"
            + sc("sortOrders", 0, "field")
            + "=created_at&"
            + sc("sortOrders", 0, "direction")
            + "=DESC"
            + "&"
            + sc("pageSize")
            + "=5";
    assertThat(
            incrementIds(client.get("/V1/orders?" + base + "&" + sc("currentPage") + "=2").json()))
        .containsExactly("000000103", "000000100");
    JsonNode past = client.get("/V1/orders?" + base + "&" + sc("currentPage") + "=9").json();
    assertThat(incrementIds(past)).containsExactly("000000103", "000000100");
    assertThat(past.get("total_count").asInt()).isEqualTo(7);
  }

  @Test
  void filtersInOneGroupAreOrGroupsAreAnd() {
    String or =
        sc("filter_groups", 0, "filters", 0, "field")
            + "=increment_id&"
            + sc("filter_groups", 0, "filters", 0, "value")
            + "=000000101&"
            + sc("filter_groups", 0, "filters", 1, "field")
            + "=increment_id&"
            + sc("filter_groups", 0, "filters", 1, "value")
            + "=000000201";
    assertThat(incrementIds(client.get("/V1/orders?" + or).json()))
        .containsExactlyInAnyOrder("000000101", "000000201");

    String and =
        or
            + "&"
            + sc("filter_groups", 1, "filters", 0, "field")
            + "=customer_email&"
            + sc("filter_groups", 1, "filters", 0, "value")
            + "=sam.guest%40example.com";
    assertThat(incrementIds(client.get("/V1/orders?" + and).json())).containsExactly("000000201");
  }

  @Test
  void likeInRangeAndNullConditions() {
    assertThat(
            incrementIds(
                client.get("/V1/orders?" + filter("customer_email", "%25guest%25", "like")).json()))
        .containsExactly("000000201");
    assertThat(
            incrementIds(
                client.get("/V1/orders?" + filter("state", "canceled,closed", "in")).json()))
        .containsExactlyInAnyOrder("000000104", "000000106");
    assertThat(
            client
                .get("/V1/orders?" + filter("state", "complete", "neq"))
                .json()
                .get("total_count")
                .asInt())
        .isEqualTo(4);
    assertThat(incrementIds(client.get("/V1/orders?" + filter("customer_id", "", "null")).json()))
        .containsExactly("000000201");

    String window =
        sc("filter_groups", 0, "filters", 0, "field")
            + "=created_at&"
            + sc("filter_groups", 0, "filters", 0, "value")
            + "=2025-06-05%2000:00:00&"
            + sc("filter_groups", 0, "filters", 0, "condition_type")
            + "=from&"
            + sc("filter_groups", 1, "filters", 0, "field")
            + "=created_at&"
            + sc("filter_groups", 1, "filters", 0, "value")
            + "=2025-06-10%2000:00:00&"
            + sc("filter_groups", 1, "filters", 0, "condition_type")
            + "=to";
    // placed between 2025-06-05 and 2025-06-10 00:00: 301 (9 days ago), 101 (7), 999 (6); 201 (5)
    // is later that day
    assertThat(incrementIds(client.get("/V1/orders?" + window).json()))
        .containsExactlyInAnyOrder("000000101", "000000301", "000000999");
    assertThat(
            client
                .get("/V1/orders?" + filter("grand_total", "50", "gteq"))
                .json()
                .get("total_count")
                .asInt())
        .isEqualTo(5);
  }

  @Test
  void missingSearchCriteriaIs400ButABareOneListsEverything() {
    SandboxClient.Response missing = client.get("/V1/orders");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body())
        .isEqualTo(
            "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\",\"parameters\":{\"fieldName\":\"searchCriteria\"}}");

    JsonNode all = client.get("/V1/orders?searchCriteria").json();
    assertThat(all.get("total_count").asInt()).isEqualTo(10);
    assertThat(all.get("items")).hasSize(10);
    assertThat(all.get("search_criteria").toString()).isEqualTo("{\"filter_groups\":[]}");
  }

  @Test
  void noMatchIsAnEmptyListNot404() {
    SandboxClient.Response response =
        client.get("/V1/customers/search?" + filter("email", "nobody%40example.com", null));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("items")).isEmpty();
    assertThat(response.json().get("total_count").asInt()).isZero();
  }

  @Test
  void invoicesShipmentsAndCreditMemosFilterByOrderId() {
    JsonNode invoices = client.get("/V1/invoices?" + filter("order_id", "12", null)).json();
    assertThat(invoices.get("total_count").asInt()).isEqualTo(1);
    assertThat(invoices.at("/items/0/transaction_id").asText()).isEqualTo("8ndlk2fq");

    assertThat(
            client
                .get("/V1/shipments?" + filter("order_id", "15", null))
                .json()
                .get("total_count")
                .asInt())
        .isZero();
    assertThat(
            client
                .get("/V1/creditmemos?" + filter("order_id", "16", null))
                .json()
                .get("total_count")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void moreqAndUnknownConditionTypesAreEquality() {
    assertThat(
            incrementIds(
                client.get("/V1/orders?" + filter("increment_id", "000000101", "moreq")).json()))
        .as("the MySQL adapter has no moreq: it is =")
        .containsExactly("000000101");
    assertThat(
            incrementIds(
                client.get("/V1/orders?" + filter("increment_id", "000000101", "bogus")).json()))
        .containsExactly("000000101");
  }

  @Test
  void inValuesAreNotTrimmed() {
    assertThat(
            incrementIds(
                client.get("/V1/orders?" + filter("state", "canceled,%20closed", "in")).json()))
        .as("\" closed\" is not \"closed\"")
        .containsExactly("000000104");
  }

  @Test
  void malformedFieldsGiveAnEmptyArray() {
    SandboxClient.Response response =
        client.get(
            "/V1/orders?"
                + filter("increment_id", "000000101", null)
                + "&fields=items%5Bentity_id");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void partialResponsesWithFields() {
    JsonNode result =
        client
            .get(
                "/V1/orders?"
                    + filter("increment_id", "000000101", null)
                    + "&fields=items%5Bentity_id,increment_id,state%5D,total_count")
            .json();
    assertThat(result.toString())
        .isEqualTo(
            "{\"items\":[{\"entity_id\":11,\"increment_id\":\"000000101\",\"state\":\"complete\"}],\"total_count\":1}");
  }

  @Test
  void inputLimitModeRejectsLargePagesAndDefaultsTo20() {
    try (MagentoSandbox limited = MagentoSandbox.start(config().inputLimitEnabled(true).build())) {
      SandboxClient limitedClient = new SandboxClient(limited);
      SandboxClient.Response tooBig = limitedClient.get("/V1/orders?" + sc("pageSize") + "=301");
      assertThat(tooBig.status()).isEqualTo(400);
      assertThat(tooBig.body())
          .isEqualTo(
              "{\"message\":\"Maximum SearchCriteria pageSize is %max\",\"parameters\":{\"max\":300}}");
      assertThat(
              limitedClient
                  .get("/V1/orders?searchCriteria")
                  .json()
                  .at("/search_criteria/page_size")
                  .asInt())
          .isEqualTo(20);
    }
  }
}
