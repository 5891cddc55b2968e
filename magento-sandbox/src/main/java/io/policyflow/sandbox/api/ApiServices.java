package io.policyflow.sandbox.api;

import io.policyflow.sandbox.SandboxConfig;
import io.policyflow.sandbox.SandboxStore;
import io.policyflow.sandbox.auth.AdminTokenService;
import io.policyflow.sandbox.refund.RefundService;
import io.policyflow.sandbox.search.SearchEngine;

/** What the endpoint classes share. */
public record ApiServices(SandboxConfig config, SandboxStore store, SearchEngine search, RefundService refunds,
                          AdminTokenService adminTokens) {
}
