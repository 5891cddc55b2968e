package io.policyflow.kustomer.sandbox;

import io.policyflow.kustomer.sandbox.KustomerSandboxConfig.Roles;

/** Customers, by email ({@code email=} URL-encoded in the path) or by id. */
final class CustomerEndpoints {

  private final ApiServices services;

  CustomerEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get("/v1/customers/email={email}", Roles.CUSTOMER_READ, this::byEmail);
    router.get("/v1/customers/{id}", Roles.CUSTOMER_READ, this::byId);
  }

  private ApiResponse byEmail(RequestContext ctx) {
    SandboxOrg org = services.org();
    synchronized (org) {
      SandboxOrg.Customer c =
          org.customerByEmail(ctx.pathParam("email"))
              .orElseThrow(() -> ApiError.notFound("Customer not found."));
      return ApiResponse.json(
          200, Resources.document(Resources.customer(org, c, services.config().orderKlass())));
    }
  }

  private ApiResponse byId(RequestContext ctx) {
    SandboxOrg org = services.org();
    synchronized (org) {
      SandboxOrg.Customer c = services.customer(ctx.pathParam("id"));
      return ApiResponse.json(
          200, Resources.document(Resources.customer(org, c, services.config().orderKlass())));
    }
  }
}
