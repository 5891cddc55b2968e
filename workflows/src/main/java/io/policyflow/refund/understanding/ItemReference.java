package io.policyflow.refund.understanding;

/**
 * What one part of an item answer says: an item (by listed index) with an optional quantity, or the
 * whole order.
 */
final class ItemReference {

  /** The listed index of the item named, or -1. */
  int option = -1;

  /** The quantity said, or null for the default (everything refundable). */
  Integer quantity;

  /** "everything", "the whole order". */
  boolean whole;

  /** Not understood: the whole answer is not. */
  boolean unclear;

  static ItemReference unclear() {
    ItemReference ref = new ItemReference();
    ref.unclear = true;
    return ref;
  }
}
