package io.policyflow.activities.magento;

import feign.QueryMapEncoder;
import java.util.Map;

/** Lets {@link MagentoClient} take a {@link SearchCriteria} as its {@code @QueryMap}. */
final class SearchCriteriaEncoder implements QueryMapEncoder {

  @Override
  public Map<String, Object> encode(Object object) {
    if (object instanceof SearchCriteria criteria) {
      return criteria.encodedQuery();
    }
    throw new IllegalArgumentException(
        "Only SearchCriteria can be a Magento query map, not " + object.getClass());
  }
}
