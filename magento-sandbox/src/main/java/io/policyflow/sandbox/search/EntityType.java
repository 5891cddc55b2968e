package io.policyflow.sandbox.search;

import io.policyflow.sandbox.error.ApiException;
import io.policyflow.sandbox.error.MaskedServerError;
import java.util.Map;
import java.util.Set;

/**
 * The searchable entities and the columns their {@code getList} may filter/sort on (the flat
 * {@code sales_*} tables; customer EAV attributes). Filtering on anything else fails the way
 * the store does: an SQL "unknown column" (masked HTTP 500) for sales entities, an
 * "Invalid attribute name" (HTTP 400) for customers.
 */
public enum EntityType {

    CUSTOMER(Set.of("id", "entity_id", "website_id", "email", "group_id", "increment_id", "store_id", "created_at",
            "updated_at", "is_active", "disable_auto_group_change", "created_in", "prefix", "firstname", "middlename",
            "lastname", "suffix", "dob", "default_billing", "default_shipping", "taxvat", "confirmation", "gender"),
            Map.of("entity_id", "id")),

    ORDER(Set.of("entity_id", "state", "status", "coupon_code", "protect_code", "shipping_description", "is_virtual",
            "store_id", "customer_id", "base_discount_amount", "base_discount_canceled", "base_discount_invoiced",
            "base_discount_refunded", "base_grand_total", "base_shipping_amount", "base_shipping_canceled",
            "base_shipping_invoiced", "base_shipping_refunded", "base_shipping_tax_amount", "base_shipping_tax_refunded",
            "base_subtotal", "base_subtotal_canceled", "base_subtotal_invoiced", "base_subtotal_refunded",
            "base_tax_amount", "base_tax_canceled", "base_tax_invoiced", "base_tax_refunded", "base_to_global_rate",
            "base_to_order_rate", "base_total_canceled", "base_total_invoiced", "base_total_invoiced_cost",
            "base_total_offline_refunded", "base_total_online_refunded", "base_total_paid", "base_total_qty_ordered",
            "base_total_refunded", "discount_amount", "discount_canceled", "discount_invoiced", "discount_refunded",
            "grand_total", "shipping_amount", "shipping_canceled", "shipping_invoiced", "shipping_refunded",
            "shipping_tax_amount", "shipping_tax_refunded", "store_to_base_rate", "store_to_order_rate", "subtotal",
            "subtotal_canceled", "subtotal_invoiced", "subtotal_refunded", "tax_amount", "tax_canceled", "tax_invoiced",
            "tax_refunded", "total_canceled", "total_invoiced", "total_offline_refunded", "total_online_refunded",
            "total_paid", "total_qty_ordered", "total_refunded", "can_ship_partially", "can_ship_partially_item",
            "customer_is_guest", "customer_note_notify", "billing_address_id", "customer_group_id", "edit_increment",
            "email_sent", "send_email", "forced_shipment_with_invoice", "payment_auth_expiration", "quote_address_id",
            "quote_id", "shipping_address_id", "adjustment_negative", "adjustment_positive",
            "base_adjustment_negative", "base_adjustment_positive", "base_shipping_discount_amount",
            "base_subtotal_incl_tax", "base_total_due", "payment_authorization_amount", "shipping_discount_amount",
            "subtotal_incl_tax", "total_due", "weight", "customer_dob", "increment_id", "applied_rule_ids",
            "base_currency_code", "customer_email", "customer_firstname", "customer_lastname", "customer_middlename",
            "customer_prefix", "customer_suffix", "customer_taxvat", "discount_description", "ext_customer_id",
            "ext_order_id", "global_currency_code", "hold_before_state", "hold_before_status", "order_currency_code",
            "original_increment_id", "relation_child_id", "relation_child_real_id", "relation_parent_id",
            "relation_parent_real_id", "remote_ip", "shipping_method", "store_currency_code", "store_name",
            "x_forwarded_for", "customer_note", "created_at", "updated_at", "total_item_count", "customer_gender",
            "discount_tax_compensation_amount", "base_discount_tax_compensation_amount", "shipping_incl_tax",
            "base_shipping_incl_tax", "coupon_rule_name", "gift_message_id"),
            Map.of()),

    INVOICE(Set.of("entity_id", "store_id", "base_grand_total", "shipping_tax_amount", "tax_amount", "base_tax_amount",
            "store_to_order_rate", "base_shipping_tax_amount", "base_discount_amount", "base_to_order_rate",
            "grand_total", "shipping_amount", "subtotal_incl_tax", "base_subtotal_incl_tax", "store_to_base_rate",
            "base_shipping_amount", "total_qty", "base_to_global_rate", "subtotal", "base_subtotal", "discount_amount",
            "billing_address_id", "is_used_for_refund", "order_id", "email_sent", "send_email", "can_void_flag", "state",
            "shipping_address_id", "store_currency_code", "transaction_id", "order_currency_code",
            "base_currency_code", "global_currency_code", "increment_id", "created_at", "updated_at",
            "discount_tax_compensation_amount", "base_discount_tax_compensation_amount", "shipping_incl_tax",
            "base_shipping_incl_tax", "base_total_refunded", "discount_description", "customer_note",
            "customer_note_notify"),
            Map.of()),

    SHIPMENT(Set.of("entity_id", "store_id", "total_weight", "total_qty", "email_sent", "send_email", "order_id",
            "customer_id", "shipping_address_id", "billing_address_id", "shipment_status", "increment_id",
            "created_at", "updated_at", "shipping_label", "customer_note", "customer_note_notify"),
            Map.of()),

    CREDITMEMO(Set.of("entity_id", "store_id", "adjustment_positive", "base_shipping_tax_amount", "store_to_order_rate",
            "base_discount_amount", "base_to_order_rate", "grand_total", "base_adjustment_negative",
            "base_subtotal_incl_tax", "shipping_amount", "subtotal_incl_tax", "adjustment_negative",
            "base_shipping_amount", "store_to_base_rate", "base_to_global_rate", "base_adjustment", "base_subtotal",
            "discount_amount", "subtotal", "adjustment", "base_grand_total", "base_adjustment_positive",
            "base_tax_amount", "shipping_tax_amount", "tax_amount", "order_id", "email_sent", "send_email",
            "creditmemo_status", "state", "shipping_address_id", "billing_address_id", "invoice_id",
            "store_currency_code", "order_currency_code", "base_currency_code", "global_currency_code",
            "transaction_id", "increment_id", "created_at", "updated_at", "discount_tax_compensation_amount",
            "base_discount_tax_compensation_amount", "shipping_incl_tax", "base_shipping_incl_tax",
            "discount_description", "customer_note", "customer_note_notify"),
            Map.of());

    private final Set<String> columns;
    private final Map<String, String> aliases;

    EntityType(Set<String> columns, Map<String, String> aliases) {
        this.columns = columns;
        this.aliases = aliases;
    }

    /** The JSON key holding a filterable column, or an error a real store would give. */
    public String resolveField(String field, String clause) {
        if (field == null || !columns.contains(field)) {
            if (this == CUSTOMER) {
                throw ApiException.badRequest("Invalid attribute name: %1",
                        ApiException.positional(String.valueOf(field)));
            }
            throw new MaskedServerError("SQLSTATE[42S22]: Column not found: 1054 Unknown column '" + field
                    + "' in '" + clause + "'");
        }
        return aliases.getOrDefault(field, field);
    }
}
