package io.policyflow.sandbox.api;

import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.search.EntityType;

/** Shipments (§8): note the singular {@code /V1/shipment/{id}}. */
final class ShipmentEndpoints {

  private final ApiServices services;

  ShipmentEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get(
        "/V1/shipments",
        Acl.SHIPMENT,
        ctx -> services.getList(ctx, EntityType.SHIPMENT, DataSet::shipments));
    router.get("/V1/shipment/{id}", Acl.SHIPMENT, ctx -> services.get(ctx, DataSet::shipments));
  }
}
