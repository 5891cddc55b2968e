package io.policyflow.sandbox.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of matches plus the un-paged match count. */
public record SearchResult(List<ObjectNode> items, SearchCriteria criteria, int totalCount) {}
