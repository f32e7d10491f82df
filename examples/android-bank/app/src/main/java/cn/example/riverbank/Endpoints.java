package cn.example.riverbank;

final class Endpoints {
    static final String API = "https://api.riverbank.example/v1/";
    // Legacy promotions server, still reached over plain HTTP.
    static final String PROMOTIONS = "http://promo.riverbank-campaign.example/banner.json";

    private Endpoints() {}
}
