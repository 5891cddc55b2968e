package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.search.EntityType;
import io.policyflow.sandbox.search.SearchCriteria;

/** Shipments (§8): note the singular {@code /V1/shipment/{id}}. */
final class ShipmentEndpoints {

    private final ApiServices services;

    ShipmentEndpoints(ApiServices services) {
        this.services = services;
    }

    void register(Router router) {
        router.get("/V1/shipments", Acl.SHIPMENT, this::search);
        router.get("/V1/shipment/{id}", Acl.SHIPMENT, this::get);
    }

    private JsonNode search(RequestContext ctx) {
        SearchCriteria criteria = ctx.searchCriteria();
        return services.store().read(data -> SearchResults.envelope(
                services.search().search(EntityType.SHIPMENT, data.shipments().values(), criteria)));
    }

    private JsonNode get(RequestContext ctx) {
        long id = ctx.entityIdPathParam("id");
        return services.store().read(data -> {
            ObjectNode shipment = data.shipments().get(id);
            if (shipment == null) {
                throw ApiException.noSuchEntity();
            }
            return shipment.deepCopy();
        });
    }
}
