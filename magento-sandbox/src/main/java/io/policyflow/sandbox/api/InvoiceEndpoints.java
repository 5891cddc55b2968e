package io.policyflow.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.http.RequestContext;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.json.Json;
import io.policyflow.sandbox.search.EntityType;
import io.policyflow.sandbox.search.SearchCriteria;

/** Invoices (§7). The invoice refund route lives in {@link RefundEndpoints}. */
final class InvoiceEndpoints {

    private final ApiServices services;

    InvoiceEndpoints(ApiServices services) {
        this.services = services;
    }

    void register(Router router) {
        router.get("/V1/invoices", Acl.INVOICE, this::search);
        router.get("/V1/invoices/{id}", Acl.INVOICE, this::get);
        router.get("/V1/invoices/{id}/comments", Acl.INVOICE, this::comments);
    }

    private JsonNode search(RequestContext ctx) {
        SearchCriteria criteria = ctx.searchCriteria();
        return services.store().read(data -> SearchResults.envelope(
                services.search().search(EntityType.INVOICE, data.invoices().values(), criteria)));
    }

    private JsonNode get(RequestContext ctx) {
        long id = ctx.entityIdPathParam("id");
        return services.store().read(data -> {
            ObjectNode invoice = data.invoices().get(id);
            if (invoice == null) {
                throw ApiException.noSuchEntity();
            }
            return invoice.deepCopy();
        });
    }

    private JsonNode comments(RequestContext ctx) {
        long id = ctx.intPathParam("id");
        return services.store().read(data -> {
            ObjectNode invoice = data.invoices().get(id);
            var comments = invoice == null ? java.util.List.<ObjectNode>of() : Json.objects(invoice.get("comments"));
            return SearchResults.envelope(comments, SearchResults.byParent(id), comments.size());
        });
    }
}
