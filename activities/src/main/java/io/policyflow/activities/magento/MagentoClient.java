package io.policyflow.activities.magento;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.policyflow.activities.magento.dto.MagentoComment;
import io.policyflow.activities.magento.dto.MagentoCreditMemo;
import io.policyflow.activities.magento.dto.MagentoCustomer;
import io.policyflow.activities.magento.dto.MagentoInvoice;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.MagentoShipment;
import io.policyflow.activities.magento.dto.OrderCommentRequest;
import io.policyflow.activities.magento.dto.RefundRequest;
import io.policyflow.activities.magento.dto.SearchResult;

/**
 * The Magento 2.4 REST calls the refund policy needs, relative to {@link MagentoConfig#apiUrl()}.
 * Build it with {@link MagentoClients#create}; every failure is a Temporal {@code
 * ApplicationFailure} (see {@link MagentoErrors}).
 */
@Headers("Accept: application/json")
public interface MagentoClient {

  @RequestLine("GET /V1/customers/search")
  SearchResult<MagentoCustomer> searchCustomers(@QueryMap(encoded = true) SearchCriteria criteria);

  @RequestLine("GET /V1/orders")
  SearchResult<MagentoOrder> searchOrders(@QueryMap(encoded = true) SearchCriteria criteria);

  @RequestLine("GET /V1/orders/{id}")
  MagentoOrder order(@Param("id") long orderId);

  /** Use {@code SearchCriteria.eq("order_id", orderId)}. */
  @RequestLine("GET /V1/invoices")
  SearchResult<MagentoInvoice> searchInvoices(@QueryMap(encoded = true) SearchCriteria criteria);

  /** Use {@code SearchCriteria.eq("order_id", orderId)}. */
  @RequestLine("GET /V1/shipments")
  SearchResult<MagentoShipment> searchShipments(@QueryMap(encoded = true) SearchCriteria criteria);

  /** Use {@code SearchCriteria.eq("order_id", orderId)}. */
  @RequestLine("GET /V1/creditmemos")
  SearchResult<MagentoCreditMemo> searchCreditMemos(
      @QueryMap(encoded = true) SearchCriteria criteria);

  @RequestLine("GET /V1/creditmemo/{id}")
  MagentoCreditMemo creditMemo(@Param("id") long creditMemoId);

  @RequestLine("GET /V1/creditmemo/{id}/comments")
  SearchResult<MagentoComment> creditMemoComments(@Param("id") long creditMemoId);

  /** Offline refund; answers the new credit memo's id. */
  @RequestLine("POST /V1/order/{orderId}/refund")
  @Headers("Content-Type: application/json")
  Long refundOrder(@Param("orderId") long orderId, RefundRequest body);

  /** Refund against an invoice (online when {@code isOnline}); answers the new credit memo's id. */
  @RequestLine("POST /V1/invoice/{invoiceId}/refund")
  @Headers("Content-Type: application/json")
  Long refundInvoice(@Param("invoiceId") long invoiceId, RefundRequest body);

  /** Adds a status-history comment; answers {@code true}. */
  @RequestLine("POST /V1/orders/{id}/comments")
  @Headers("Content-Type: application/json")
  Boolean addOrderComment(@Param("id") long orderId, OrderCommentRequest body);
}
