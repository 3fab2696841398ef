/** How the Spark front end moves documents, configuration and results between the driver and executors; not API. */
package org.reportlint.spark.internal;
