package io.policyflow.kustomer.sandbox;

/** Serves one route. */
@FunctionalInterface
interface RouteHandler {
  ApiResponse handle(RequestContext context);
}
