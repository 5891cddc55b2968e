package io.policyflow.activities.magento;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.policyflow.refund.commerce.CommerceFailures;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.util.Objects;

/**
 * Is Magento reachable, and does it accept our credentials? One cheap call an integration is
 * allowed to make anyway ({@code GET
 * /V1/orders?searchCriteria[pageSize]=1&searchCriteria[currentPage]=1}, ACL {@code
 * Magento_Sales::actions_view}), through the same client (and so the same circuit breaker) as the
 * activities.
 */
public final class MagentoHealthCheck {

  /**
   * The answer.
   *
   * @param reachable the store answered over HTTP
   * @param authorized it accepted our credentials for the call
   * @param auth {@code oauth1}, {@code bearer} or {@code admin}
   * @param store the REST root called
   * @param error what went wrong, in words an operator can act on; null when healthy
   */
  public record Result(
      boolean reachable, boolean authorized, String auth, String store, String error) {
    public boolean healthy() {
      return reachable && authorized;
    }
  }

  private final MagentoClient client;
  private final String auth;
  private final String store;

  public MagentoHealthCheck(MagentoClient client, String auth, String store) {
    this.client = Objects.requireNonNull(client, "client");
    this.auth = auth;
    this.store = store;
  }

  public Result check() {
    try {
      client.searchOrders(SearchCriteria.builder().pageSize(1).currentPage(1).build());
      return new Result(true, true, auth, store, null);
    } catch (ApplicationFailure failure) {
      return fromFailure(failure);
    } catch (RuntimeException unexpected) {
      return new Result(
          false, false, auth, store, "Unexpected error calling Magento: " + unexpected);
    }
  }

  private Result fromFailure(ApplicationFailure failure) {
    String message = failure.getOriginalMessage();
    if (CommerceFailures.UNAUTHORIZED.equals(failure.getType())) {
      String why =
          AdminTokenAuth.isTwoFactorRefusal(failure)
              ? message
              : "token rejected: "
                  + message
                  + " — check the credentials ("
                  + hint()
                  + ") and that the integration's "
                  + "role has the resources in docs/magento.md (e.g. Magento_Sales::actions_view)";
      return new Result(true, false, auth, store, why);
    }
    if (MagentoErrors.UNAVAILABLE.equals(failure.getType())) {
      boolean neverReached =
          causedBy(failure, IOException.class)
              || causedBy(failure, CallNotPermittedException.class)
              || causedBy(failure, RequestNotPermitted.class)
              || causedBy(failure, BulkheadFullException.class);
      return new Result(!neverReached, false, auth, store, message);
    }
    if (CommerceFailures.NOT_FOUND.equals(failure.getType())) {
      return new Result(
          true,
          false,
          auth,
          store,
          "wrong base URL or store code? "
              + message
              + " (expected e.g. https://shop.example.com/rest/default)");
    }
    return new Result(true, false, auth, store, message);
  }

  private String hint() {
    return switch (auth == null ? "" : auth) {
      case "oauth1" ->
          "MAGENTO_CONSUMER_KEY, MAGENTO_CONSUMER_SECRET, MAGENTO_ACCESS_TOKEN, "
              + "MAGENTO_ACCESS_TOKEN_SECRET; the integration must be active";
      case "bearer" ->
          "MAGENTO_ACCESS_TOKEN; an integration token is accepted as a bearer token only with "
              + "'Allow OAuth Access Tokens to be used as standalone Bearer tokens' = Yes, else use OAuth signing";
      case "admin" -> "MAGENTO_ADMIN_USERNAME, MAGENTO_ADMIN_PASSWORD";
      default -> "the Magento credentials";
    };
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
