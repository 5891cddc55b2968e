package io.policyflow.sandbox.api;

import io.policyflow.sandbox.data.DataSet;
import io.policyflow.sandbox.http.Router;
import io.policyflow.sandbox.search.EntityType;

/** Invoices (§7). The invoice refund route lives in {@link RefundEndpoints}. */
final class InvoiceEndpoints {

  private final ApiServices services;

  InvoiceEndpoints(ApiServices services) {
    this.services = services;
  }

  void register(Router router) {
    router.get(
        "/V1/invoices",
        Acl.INVOICE,
        ctx -> services.getList(ctx, EntityType.INVOICE, DataSet::invoices));
    router.get("/V1/invoices/{id}", Acl.INVOICE, ctx -> services.get(ctx, DataSet::invoices));
    router.get(
        "/V1/invoices/{id}/comments",
        Acl.INVOICE,
        ctx -> services.getCommentsList(ctx, DataSet::invoices, "comments"));
  }
}
