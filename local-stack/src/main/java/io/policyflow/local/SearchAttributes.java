package io.policyflow.local;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the refund workflow's keyword search attributes on a namespace, if they are missing.
 */
final class SearchAttributes {

  private static final Logger log = LoggerFactory.getLogger(SearchAttributes.class);

  private SearchAttributes() {}

  /**
   * Attributes already defined; Temporal's test server cannot list them, so there the answer is
   * none.
   */
  private static java.util.Map<String, IndexedValueType> existing(
      OperatorServiceStubs operator, String namespace) {
    try {
      return operator
          .blockingStub()
          .listSearchAttributes(
              ListSearchAttributesRequest.newBuilder().setNamespace(namespace).build())
          .getCustomAttributesMap();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return java.util.Map.of();
      }
      throw e;
    }
  }

  static void register(String target, String namespace) {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target)
                .validateAndBuildWithDefaults());
    try {
      var existing = existing(operator, namespace);
      AddSearchAttributesRequest.Builder request =
          AddSearchAttributesRequest.newBuilder().setNamespace(namespace);
      RefundWorkflowNames.SEARCH_ATTRIBUTES.stream()
          .filter(key -> !existing.containsKey(key.getName()))
          .forEach(
              key ->
                  request.putSearchAttributes(
                      key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
      if (request.getSearchAttributesCount() > 0) {
        operator.blockingStub().addSearchAttributes(request.build());
      }
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        log.warn("Could not register search attributes on {}: {}", target, e.getStatus());
      }
    } finally {
      operator.shutdownNow();
    }
  }
}
