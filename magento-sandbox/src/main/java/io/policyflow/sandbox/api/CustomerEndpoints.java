package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.search.EntityType;

/** {@code GET /V1/customers/search}, {@code GET /V1/customers/{customerId}} (§5). */
final class CustomerEndpoints {

  private final ApiServices services;

  CustomerEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get(
        "/V1/customers/search",
        Acl.CUSTOMER,
        ctx -> services.getList(ctx, EntityType.CUSTOMER, DataSet::customers));
    router.get("/V1/customers/{customerId}", Acl.CUSTOMER, this::get);
  }

  private JsonNode get(RequestContext ctx) {
    long id = ctx.intPathParam("customerId");
    return services
        .store()
        .read(
            data -> {
              ObjectNode customer = data.customers().get(id);
              if (customer == null) {
                throw ApiException.noSuchEntityWithField("customerId", id);
              }
              return customer.deepCopy();
            });
  }
}
