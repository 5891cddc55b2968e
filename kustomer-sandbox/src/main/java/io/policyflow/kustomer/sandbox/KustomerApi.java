package io.policyflow.kustomer.sandbox;

/** Registers every route the simulator serves: Kustomer's, and the control routes. */
final class KustomerApi {

  private KustomerApi() {}

  /** Kustomer's routes under {@code /v1} and {@code /v2.1}. */
  static Router router(ApiServices services) {
    Router router = new Router();
    new TokenEndpoints(services).register(router);
    new CustomerEndpoints(services).register(router);
    new KObjectEndpoints(services).register(router);
    new DraftEndpoints(services).register(router);
    new ConversationEndpoints(services).register(router);
    new NoteEndpoints(services).register(router);
    new MessageEndpoints(services).register(router);
    new WebhookEndpoints(services).register(router);
    return router;
  }

  /** The control routes under {@code /sandbox}. */
  static Router controlRouter(KustomerSandbox sandbox) {
    Router router = new Router();
    new ControlEndpoints(sandbox).register(router);
    return router;
  }
}
