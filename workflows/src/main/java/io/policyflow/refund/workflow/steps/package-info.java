/**
 * The refund policy as a dialogue, one class per step. {@link
 * io.policyflow.refund.workflow.steps.RefundDialogue} wires the steps and routes to them; the
 * workflow ({@code RefundWorkflowImpl}) only feeds it turns and deadlines.
 *
 * <p>A customer message first meets the intents that hold at any point ({@code
 * ReplyInterpreter.intent}): a person → {@code HandOff}; cancel → {@code Cancel}; "where is my
 * refund?" → {@code FollowUp}. Otherwise it goes to the {@link
 * io.policyflow.refund.workflow.steps.Step} whose question the conversation awaits:
 *
 * <pre>
 * step                 asks (Awaiting)  accepts                       goes next
 * 1 IdentifyCustomer   EMAIL            an email address              ChooseOrder; 2nd unknown email: HandOff
 * 2 ChooseOrder        ORDER            number, place in list, item   CheckEligibility; 2nd order not listed: HandOff
 * 3 CheckEligibility   (nothing)        (order and line rules)        ChooseItems, CheckCondition or OfferAlternatives
 * 2 ChooseItems        ITEMS            everything, items and qty     CheckCondition or OfferAlternatives
 * 3 CheckCondition     CONDITION        unused / used, yes / no       ConfirmAndRefund or OfferAlternatives
 * 3 OfferAlternatives  ALTERNATIVE      store credit, exchange, no    HandOff, or closed NOT_ELIGIBLE
 * 4 ConfirmAndRefund   CONFIRMATION     yes / no                      5 refund, FollowUp; closed CANCELLED; HandOff
 * 6 FollowUp           FOLLOW_UP        arrived / not arrived         closed REFUNDED, or HandOff
 *   NothingAsked       NOTHING          anything                      says where the refund is
 * 7 HandOff, Cancel, Abandon: at any point (a person, "never mind", silence)
 * 7 SizeLimit: a message past the policy's limits (customer messages, bytes of text): HandOff, full
 * </pre>
 *
 * <p>The numbers are the policy's steps, as the scenario tests are split ({@code
 * IdentifyCustomerScenarioTest} is step 1, ..., {@code ConversationControlScenarioTest} step 7).
 *
 * <p>Deadlines belong to the step that set them, by status: ACTIVE → {@code Abandon} (one reminder,
 * then abandoned); FOLLOWING_UP → {@code FollowUp} (the expected date, then the window for an
 * answer); HANDED_OFF → {@code HandOff} (quiet for the abandon delay: the run ends).
 *
 * <p>Where to find things: every bot message is in {@code BotSays}; every policy rule in {@code
 * io.policyflow.refund.policy} ({@code EligibilityRules}, {@code BusinessDays}); every reading of a
 * reply in {@code io.policyflow.refund.understanding}, called through {@code Conversation.reads()}
 * (an {@code Understanding}: {@code LEGACY}, the first {@code ReplyInterpreter} readings, for runs
 * started before change {@code understanding-2}; {@code CURRENT}, with {@code ReadingRules},
 * after). Each step notes what it read with {@code Conversation.read} ("condition: unused"): the
 * workflow's {@code readings} query, one per customer message, kept in state and not in the
 * history. Remote calls are made by the step that needs them, through the activity stubs the
 * workflow passes in, and shared helpers: {@code StoreLookup} (a failed lookup hands off), {@code
 * BestEffort} (channel delivery and order comments, which never fail the turn), {@code
 * NotUnderstood} (asks again; the policy's {@code maxNotUnderstood}-th miss in a row hands off).
 *
 * <p>Adding a step: a class beside these that implements {@code Step} for a new {@code Awaiting},
 * built in {@code RefundDialogue}'s constructor with the steps it hands to, and called by the step
 * before it.
 *
 * <p>State lives in {@link io.policyflow.refund.workflow.steps.Conversation} (with its {@code
 * Claim}, {@code Transcript} and {@code Silence}) and changes only through their named transitions.
 * This is workflow code: no I/O, clocks or randomness; and the commands it produces (activity calls
 * and their order, timers, {@code Workflow.getVersion}) are what running conversations replay, so a
 * change in them needs a version (see {@code ConfirmAndRefund.TAKING_LONGER_CHANGE}) and a recorded
 * history in {@code ReplayTest}.
 */
package io.policyflow.refund.workflow.steps;
