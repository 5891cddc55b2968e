package io.policyflow.local.playground;

import io.grpc.StatusRuntimeException;
import io.policyflow.api.playground.PlaygroundLocalTools;
import io.policyflow.local.LocalStackServices;
import io.policyflow.sandbox.MagentoSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The playground's local-only tools on the local stack: the embedded Temporal server's clock (when
 * this stack started one) and the Magento sandbox's orders (when it started the sandbox), read
 * straight from the sandbox's store, as it serves them.
 */
@Component
public class LocalPlaygroundTools implements PlaygroundLocalTools {

  /** Magento's date format (store time zone: UTC in the sandbox). */
  private static final DateTimeFormatter MAGENTO_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final LocalStackServices services;

  public LocalPlaygroundTools(LocalStackServices services) {
    this.services = services;
  }

  @Override
  public Optional<Instant> clock() {
    try {
      return Optional.of(services.clock().now());
    } catch (UnsupportedOperationException | StatusRuntimeException noTestClock) {
      return Optional.empty();
    }
  }

  @Override
  public Instant skip(Duration duration) {
    return services.clock().skip(duration);
  }

  @Override
  public boolean hasSandbox() {
    return services.magentoSandbox().isPresent();
  }

  @Override
  public List<SandboxOrder> sandboxOrders(String email) {
    Optional<MagentoSandbox> sandbox = services.magentoSandbox();
    if (sandbox.isEmpty() || email == null) {
      return List.of();
    }
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    var store = sandbox.get().store();
    return store.orders().stream()
        .filter(order -> wanted.equals(text(order, "customer_email").toLowerCase(Locale.ROOT)))
        .map(order -> order(order, store.creditMemosForOrder(text(order, "increment_id"))))
        .sorted(
            Comparator.comparing(
                SandboxOrder::placedAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  private static SandboxOrder order(Map<String, Object> order, List<Map<String, Object>> memos) {
    Map<String, Object> payment = map(order.get("payment"));
    List<SandboxItem> items =
        list(order.get("items")).stream()
            .map(PlaygroundMaps::map)
            .filter(item -> item.get("parent_item_id") == null)
            .map(
                item ->
                    new SandboxItem(
                        text(item, "sku"),
                        text(item, "name"),
                        decimal(item.get("qty_ordered")),
                        decimal(item.get("qty_refunded"))))
            .toList();
    List<SandboxCreditMemo> creditMemos =
        memos.stream()
            .map(
                memo ->
                    new SandboxCreditMemo(
                        text(memo, "entity_id"),
                        text(memo, "increment_id"),
                        decimal(memo.get("grand_total")),
                        date(memo.get("created_at")),
                        list(memo.get("comments")).stream()
                            .map(PlaygroundMaps::map)
                            .map(c -> text(c, "comment"))
                            .filter(c -> !c.isBlank())
                            .findFirst()
                            .orElse(null)))
            .toList();
    return new SandboxOrder(
        text(order, "increment_id"),
        order.get("entity_id") instanceof Number n ? n.longValue() : 0L,
        text(order, "state"),
        text(order, "status"),
        date(order.get("created_at")),
        decimal(order.get("grand_total")),
        decimal(order.get("total_refunded")),
        text(order, "order_currency_code"),
        text(payment, "method"),
        items,
        creditMemos);
  }

  private static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : value.toString();
  }

  private static Map<String, Object> map(Object value) {
    return PlaygroundMaps.map(value);
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant date(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(Objects.toString(value), MAGENTO_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
