/**
 * The service layer: the backend that wires the services, what the features share (expected failures, retry,
 * schedules).
 */
package org.stockroom.service;
