package io.commerce.dataplatform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DataPlatformServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DataPlatformServiceApplication.class, args);
    }
}
