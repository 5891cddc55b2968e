package io.policyflow.sandbox.api;

/** ACL resources of the 2.4 {@code webapi.xml} routes (§2.5), as named in the 401 body. */
public final class Acl {
  public static final String CUSTOMER = "Magento_Customer::customer";
  public static final String ORDER_VIEW = "Magento_Sales::actions_view";
  public static final String ORDER_COMMENT = "Magento_Sales::comment";
  public static final String INVOICE = "Magento_Sales::sales_invoice";
  public static final String ORDER_REFUND = "Magento_Sales::creditmemo";
  public static final String CREDITMEMO = "Magento_Sales::sales_creditmemo";
  public static final String SHIPMENT = "Magento_Sales::shipment";

  /** Anonymous routes (the token routes). */
  public static final String ANONYMOUS = null;

  private Acl() {}
}
