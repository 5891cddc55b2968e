package io.policyflow.activities.kustomer;

import com.fasterxml.jackson.databind.JsonNode;
import io.policyflow.activities.kustomer.dto.KustomerDocument;
import io.policyflow.activities.kustomer.dto.KustomerList;
import io.policyflow.activities.kustomer.dto.KustomerResource;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderLine;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The refund policy's Kustomer variant of {@link CommerceActivities}: the customer is looked up in
 * Kustomer by email ({@code GET /v1/customers/email=…}) and their orders are read from their
 * commerce KObjects ({@link KustomerOrderMapping}); everything else goes to Magento. Kustomer has
 * no refund API, so order details, refunds, credit memos and order comments are the Magento {@code
 * CommerceActivities}' job, on the Magento order matched by order number ({@link
 * MagentoOrderNumbers}).
 */
public class KustomerCommerceActivities implements CommerceActivities {

  private static final Logger log = LoggerFactory.getLogger(KustomerCommerceActivities.class);
  private static final int PAGE_SIZE = 100;
  private static final DateTimeFormatter MAGENTO_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final KustomerClient kustomer;
  private final KustomerOrderMapping mapping;
  private final CommerceActivities magento;
  private final MagentoOrderNumbers numbers;

  public KustomerCommerceActivities(
      KustomerClient kustomer,
      KustomerOrderMapping mapping,
      CommerceActivities magento,
      MagentoOrderNumbers numbers) {
    this.kustomer = Objects.requireNonNull(kustomer, "kustomer");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.magento = Objects.requireNonNull(magento, "magento");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
  }

  /**
   * The Kustomer customer with this email, or null (404). A customer without a store id is reported
   * as a guest.
   */
  @Override
  public CustomerRecord findCustomer(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    KustomerResource customer = customerByEmail(normalized);
    if (customer == null) {
      return null;
    }
    String first = customer.text("firstName");
    String last = customer.text("lastName");
    String name = customer.text("name");
    if (first == null && last == null && name != null) {
      int space = name.strip().indexOf(' ');
      first = space < 0 ? name.strip() : name.strip().substring(0, space);
      last = space < 0 ? null : name.strip().substring(space + 1);
    }
    Long storeId =
        mapping.customerMagentoId() == null
            ? null
            : wholeNumber(path(customer.attributes(), mapping.customerMagentoId()));
    return new CustomerRecord(storeId, normalized, first, last, storeId == null);
  }

  /**
   * The customer's most recent orders from their KObjects of {@link KustomerOrderMapping#klass()},
   * newest first, each matched to its Magento order by number (KObjects without a number, or whose
   * order Magento does not know, are left out). A missing Klass is a non-retryable {@code NotFound}
   * naming the setting to fix.
   */
  @Override
  public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
    if (customer == null || limit < 1 || customer.email() == null || customer.email().isBlank()) {
      return List.of();
    }
    KustomerResource found = customerByEmail(customer.email().strip().toLowerCase(Locale.ROOT));
    if (found == null) {
      return List.of();
    }
    List<Listed> listed = new ArrayList<>();
    for (int page = 1; page <= mapping.maxPages(); page++) {
      KustomerList kobjects;
      try {
        kobjects = kustomer.customerKObjects(found.id(), mapping.klass(), page, PAGE_SIZE);
      } catch (ApplicationFailure failure) {
        if (CommerceFailures.NOT_FOUND.equals(failure.getType())) {
          throw ApplicationFailure.newNonRetryableFailureWithCause(
              "Kustomer has no KObjects of Klass '"
                  + mapping.klass()
                  + "' for this customer (check policyflow.kustomer.orders.klass): "
                  + failure.getOriginalMessage(),
              CommerceFailures.NOT_FOUND,
              failure);
        }
        throw failure;
      }
      kobjects.data().forEach(k -> listed.add(listed(k)));
      if (!kobjects.hasNext()) {
        break;
      }
    }
    listed.removeIf(l -> l.number() == null);
    listed.sort(
        Comparator.comparing(Listed::placedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    List<OrderRecord> orders = new ArrayList<>();
    for (Listed order : listed) {
      if (orders.size() >= limit) {
        break;
      }
      Long magentoId =
          order.magentoId() != null ? order.magentoId() : numbers.orderId(order.number());
      if (magentoId == null) {
        log.warn(
            "Order {} is in Kustomer but not in Magento; not offered for a refund", order.number());
        continue;
      }
      orders.add(
          new OrderRecord(
              magentoId,
              order.number(),
              order.placedAt(),
              order.state(),
              order.state(),
              order.currency(),
              order.total(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              customer.email(),
              order.lines()));
    }
    return orders;
  }

  /** From Magento (the source of truth): lines, payment, paid invoice, last shipment. */
  @Override
  public OrderRecord orderDetails(long orderId) {
    return magento.orderDetails(orderId);
  }

  /** In Magento, exactly once (Kustomer has no refund API). */
  @Override
  public RefundReceipt refund(RefundCommand command) {
    return magento.refund(command);
  }

  @Override
  public CreditMemoStatus creditMemoStatus(String creditMemoId) {
    return magento.creditMemoStatus(creditMemoId);
  }

  @Override
  public void addOrderComment(long orderId, String comment) {
    magento.addOrderComment(orderId, comment);
  }

  // ---- internals
  // -------------------------------------------------------------------------------------------

  private KustomerResource customerByEmail(String normalizedEmail) {
    try {
      KustomerDocument document =
          kustomer.customerByEmail(KustomerClient.encodeEmail(normalizedEmail));
      return document == null ? null : document.data();
    } catch (ApplicationFailure failure) {
      if (CommerceFailures.NOT_FOUND.equals(failure.getType())) {
        return null;
      }
      throw failure;
    }
  }

  private record Listed(
      String number,
      Instant placedAt,
      String state,
      BigDecimal total,
      String currency,
      Long magentoId,
      List<OrderLine> lines) {}

  private Listed listed(KustomerResource kobject) {
    JsonNode a = kobject.attributes();
    String number = text(path(a, mapping.number()));
    String currency = text(path(a, mapping.currency()));
    List<OrderLine> lines = new ArrayList<>();
    JsonNode items = path(a, mapping.items());
    if (items.isArray()) {
      for (JsonNode item : items) {
        String name = text(path(item, mapping.itemName()));
        if (name != null) {
          lines.add(
              new OrderLine(
                  0,
                  text(item.path("sku")),
                  name,
                  null,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO));
        }
      }
    }
    Long magentoId =
        mapping.magentoOrderId() == null ? null : wholeNumber(path(a, mapping.magentoOrderId()));
    return new Listed(
        number,
        instant(text(path(a, mapping.placedAt()))),
        text(path(a, mapping.state())),
        decimal(path(a, mapping.total())),
        currency == null ? mapping.defaultCurrency() : currency,
        magentoId,
        lines);
  }

  /**
   * A dotted path ({@code custom.orderNumberStr}) into a JSON object; missing when any step is
   * absent.
   */
  static JsonNode path(JsonNode node, String dotted) {
    JsonNode current = node;
    for (String step : dotted.split("\\.")) {
      current = current.path(step);
    }
    return current;
  }

  private static String text(JsonNode v) {
    if (v.isTextual()) {
      return v.asText().isBlank() ? null : v.asText().strip();
    }
    return v.isNumber() ? v.asText() : null;
  }

  private static BigDecimal decimal(JsonNode v) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.asText().strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  private static Long wholeNumber(JsonNode v) {
    String text = text(v);
    if (text == null || !text.matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(text);
  }

  static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notIso) {
      // a Magento-style date
    }
    try {
      return LocalDateTime.parse(text, MAGENTO_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
