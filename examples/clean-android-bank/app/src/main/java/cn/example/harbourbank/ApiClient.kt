package cn.example.harbourbank

import okhttp3.OkHttpClient
import okhttp3.Request

/** Talks to the bank's API over HTTPS only. */
class ApiClient(private val client: OkHttpClient = OkHttpClient()) {
    fun balance(token: String): String? {
        val request = Request.Builder()
            .url("https://api.harbourbank.example/v2/accounts/balance")
            .header("Authorization", "Bearer $token")
            .build()
        return client.newCall(request).execute().use { it.body?.string() }
    }
}
