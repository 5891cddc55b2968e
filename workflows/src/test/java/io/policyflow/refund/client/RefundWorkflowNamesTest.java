package io.policyflow.refund.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyflow.refund.workflow.RefundWorkflow;
import io.policyflow.refund.workflow.RefundWorkflowImpl;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.metadata.POJOWorkflowImplMetadata;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The constants are the names Temporal registers for the refund workflow, read from the SDK's own
 * metadata.
 */
class RefundWorkflowNamesTest {

  @Test
  void theConstantsAreTheNamesTemporalRegisters() {
    POJOWorkflowInterfaceMetadata metadata =
        POJOWorkflowInterfaceMetadata.newInstance(RefundWorkflow.class);

    Map<String, String> registered =
        metadata.getMethodsMetadata().stream()
            .collect(
                Collectors.toMap(
                    m -> m.getWorkflowMethod().getName(), POJOWorkflowMethodMetadata::getName));

    assertThat(metadata.getWorkflowType()).contains(RefundWorkflowNames.WORKFLOW_TYPE);
    assertThat(registered)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "run", RefundWorkflowNames.WORKFLOW_TYPE,
                "open", RefundWorkflowNames.OPEN,
                "reply", RefundWorkflowNames.REPLY,
                "receive", RefundWorkflowNames.RECEIVE,
                "agent", RefundWorkflowNames.AGENT,
                "view", RefundWorkflowNames.VIEW,
                "readings", RefundWorkflowNames.READINGS,
                "validateOpen", RefundWorkflowNames.OPEN,
                "validateReply", RefundWorkflowNames.REPLY));
  }

  @Test
  void theImplementationRegistersTheSameNamesAndTheValidatorsGuardTheOpenAndReplyUpdates() {
    POJOWorkflowImplMetadata impl = POJOWorkflowImplMetadata.newInstance(RefundWorkflowImpl.class);

    assertThat(impl.getWorkflowMethods())
        .extracting(POJOWorkflowMethodMetadata::getName)
        .containsExactly(RefundWorkflowNames.WORKFLOW_TYPE);
    assertThat(impl.getUpdateMethods())
        .extracting(POJOWorkflowMethodMetadata::getName)
        .containsExactlyInAnyOrder(RefundWorkflowNames.OPEN, RefundWorkflowNames.REPLY);
    assertThat(impl.getSignalMethods())
        .extracting(POJOWorkflowMethodMetadata::getName)
        .containsExactlyInAnyOrder(RefundWorkflowNames.RECEIVE, RefundWorkflowNames.AGENT);
    assertThat(impl.getQueryMethods())
        .extracting(POJOWorkflowMethodMetadata::getName)
        .containsExactlyInAnyOrder(RefundWorkflowNames.VIEW, RefundWorkflowNames.READINGS);
    assertThat(impl.getUpdateValidatorMethods())
        .extracting(POJOWorkflowMethodMetadata::getName)
        .containsExactlyInAnyOrder(RefundWorkflowNames.OPEN, RefundWorkflowNames.REPLY);
  }

  @Test
  void aTurnsUpdateIdCarriesItsMessageId() {
    String updateId = RefundWorkflowNames.replyUpdateId("m-42");

    assertThat(updateId).isEqualTo(RefundWorkflowNames.REPLY_UPDATE_ID_PREFIX + "m-42");
    assertThat(RefundWorkflowNames.messageIdOf(updateId)).isEqualTo("m-42");
    assertThat(RefundWorkflowNames.messageIdOf("8818459f-8000-426b-b1bb-208849ba5ef6")).isNull();
  }

  @Test
  void theSearchAttributesAreKeywordsNamedOnce() {
    assertThat(RefundWorkflowNames.SEARCH_ATTRIBUTES)
        .containsExactly(
            RefundWorkflowNames.STAGE,
            RefundWorkflowNames.OUTCOME,
            RefundWorkflowNames.ORDER_NUMBER);
    assertThat(RefundWorkflowNames.SEARCH_ATTRIBUTES)
        .extracting(SearchAttributeKey::getValueType)
        .containsOnly(IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    assertThat(RefundWorkflowNames.SEARCH_ATTRIBUTES)
        .extracting(SearchAttributeKey::getName)
        .doesNotHaveDuplicates();
  }
}
