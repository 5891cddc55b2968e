package io.policyflow.sandbox.api;

import io.policyflow.sandbox.http.Router;

/** Registers every route the sandbox serves. */
public final class SandboxApi {

  private SandboxApi() {}

  public static Router router(ApiServices services) {
    Router router = new Router();
    new AdminTokenEndpoints(services).register(router);
    new CustomerEndpoints(services).register(router);
    new OrderEndpoints(services).register(router);
    new InvoiceEndpoints(services).register(router);
    new ShipmentEndpoints(services).register(router);
    new CreditmemoEndpoints(services).register(router);
    new RefundEndpoints(services).register(router);
    return router;
  }
}
