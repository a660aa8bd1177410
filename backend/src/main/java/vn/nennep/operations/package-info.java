/**
 * What an operator watches beside the framework's own metrics ({@code /q/metrics}): the database gauges
 * ({@link vn.nennep.operations.DatabaseGauges}) and the request latency histogram's buckets
 * ({@link vn.nennep.operations.LatencyBuckets}). Reads tables, knows no feature's classes: nothing depends on it.
 */
package vn.nennep.operations;
