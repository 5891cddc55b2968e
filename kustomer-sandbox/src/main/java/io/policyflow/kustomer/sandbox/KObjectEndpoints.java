package io.policyflow.kustomer.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;
import java.util.List;

/** Klasses and a customer's KObjects of one Klass (the demo's orders), paged newest first. */
final class KObjectEndpoints {

  private final ApiServices services;

  KObjectEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get("/v1/klasses", Roles.KLASS_READ, this::klasses);
    router.get("/v1/customers/{id}/klasses/{klass}", Roles.CUSTOMER_READ, this::kobjects);
  }

  private ApiResponse klasses(RequestContext ctx) {
    SandboxOrg org = services.org();
    ObjectNode list = Json.object();
    ArrayNode data = list.putArray("data");
    synchronized (org) {
      org.klasses.forEach(
          (name, id) -> {
            ObjectNode k = data.addObject().put("type", "klass").put("id", id);
            k.putObject("attributes")
                .put("name", name)
                .put("displayName", "Orders")
                .put("icon", "cart")
                .put("status", "enabled");
          });
    }
    return ApiResponse.json(200, list);
  }

  private ApiResponse kobjects(RequestContext ctx) {
    int page = ctx.intQuery("page", 1, 1, Integer.MAX_VALUE);
    int pageSize = ctx.intQuery("pageSize", 100, 1, 100);
    String klass = ctx.pathParam("klass");
    SandboxOrg org = services.org();
    synchronized (org) {
      SandboxOrg.Customer c = services.customer(ctx.pathParam("id"));
      if (!org.klasses.containsKey(klass)) {
        throw ApiError.notFound("Klass not found: " + klass);
      }
      List<SandboxOrg.KObject> all =
          org.kobjects.values().stream()
              .filter(k -> k.customerId.equals(c.id) && k.klass.equals(klass))
              .sorted((a, b) -> b.createdAt.compareTo(a.createdAt))
              .toList();
      int from = Math.min(all.size(), (page - 1) * pageSize);
      int to = Math.min(all.size(), from + pageSize);
      ObjectNode list = Json.object();
      list.putObject("meta").put("page", page).put("pageSize", pageSize);
      String base =
          "/v1/customers/" + c.id + "/klasses/" + klass + "?pageSize=" + pageSize + "&page=";
      ObjectNode links = list.putObject("links");
      links.put("self", base + page);
      links.put("first", base + 1);
      if (page > 1) {
        links.put("prev", base + (page - 1));
      } else {
        links.putNull("prev");
      }
      if (to < all.size()) {
        links.put("next", base + (page + 1));
      } else {
        links.putNull("next");
      }
      ArrayNode data = list.putArray("data");
      all.subList(from, to).forEach(k -> data.add(Resources.kobject(org, k)));
      return ApiResponse.json(200, list);
    }
  }
}
