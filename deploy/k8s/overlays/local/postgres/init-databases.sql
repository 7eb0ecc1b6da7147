-- Runs once, when the PostgreSQL data directory is first initialised: one database per service.
CREATE DATABASE balance;
CREATE DATABASE product;
CREATE DATABASE coupon;
CREATE DATABASE orders;
CREATE DATABASE dataplatform;
