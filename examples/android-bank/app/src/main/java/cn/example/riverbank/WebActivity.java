package cn.example.riverbank;

import android.net.http.SslError;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

final class WebActivity {
    static void configure(WebView web) {
        web.getSettings().setJavaScriptEnabled(true);
        web.addJavascriptInterface(new Object(), "bridge");
        WebView.setWebContentsDebuggingEnabled(true);
        web.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
                handler.proceed();
            }
        });
    }
}
