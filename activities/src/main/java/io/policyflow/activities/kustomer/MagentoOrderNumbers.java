package io.policyflow.activities.kustomer;

import io.policyflow.activities.magento.MagentoClient;
import io.policyflow.activities.magento.SearchCriteria;
import io.policyflow.activities.magento.dto.MagentoOrder;
import java.util.List;

/**
 * Finds the Magento order behind an order number (its {@code increment_id}): Kustomer has no refund
 * API, so order details and refunds go to Magento, matched by number.
 */
@FunctionalInterface
public interface MagentoOrderNumbers {

  /** The Magento {@code entity_id} of the order with this number, or null when Magento has none. */
  Long orderId(String orderNumber);

  /**
   * {@code GET /V1/orders?searchCriteria[...][field]=increment_id&...[value]=<number>}, one result.
   */
  static MagentoOrderNumbers over(MagentoClient magento) {
    return number -> {
      List<MagentoOrder> found =
          magento
              .searchOrders(
                  SearchCriteria.builder()
                      .where("increment_id", number)
                      .pageSize(1)
                      .currentPage(1)
                      .build())
              .items();
      return found.isEmpty() ? null : found.get(0).entityId();
    };
  }
}
