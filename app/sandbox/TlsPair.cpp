#include "TlsPair.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

bool readFile(const QString &path, const QString &what, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS %1 file %2: %3"_s.arg(what, path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

// Keeps the descriptor of the one connection it accepts, for a QSslSocket to take over.
class OneConnection : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr socketDescriptor) override { descriptor = socketDescriptor; }
};

// One DER element taken off the front of data: its tag and contents.
bool takeDer(QByteArrayView *data, quint8 *tag, QByteArrayView *contents)
{
    if (data->size() < 2)
        return false;
    qsizetype length = quint8(data->at(1));
    qsizetype header = 2;
    if (length & 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes < 1 || bytes > 4 || data->size() < 2 + bytes)
            return false;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(data->at(2 + i));
        header += bytes;
    }
    if (length < 0 || data->size() - header < length)
        return false;
    *tag = quint8(data->at(0));
    *contents = data->sliced(header, length);
    *data = data->sliced(header + length);
    return true;
}

constexpr quint8 derInteger = 0x02;
constexpr quint8 derBitString = 0x03;
constexpr quint8 derOctetString = 0x04;
constexpr quint8 derSequence = 0x30;
constexpr quint8 derPublicKeyOfEc = 0xa1; // [1] of ECPrivateKey

// The public part a private key carries: the modulus of an RSA key (PKCS#1), the public point of an
// EC key (SEC 1), also inside a PKCS#8 wrapper. Empty when the DER is not one of those.
QByteArray publicPartOf(QByteArrayView der)
{
    quint8 tag = 0;
    QByteArrayView key;
    if (!takeDer(&der, &tag, &key) || tag != derSequence)
        return {};
    QByteArrayView version;
    QByteArrayView next;
    if (!takeDer(&key, &tag, &version) || tag != derInteger || !takeDer(&key, &tag, &next))
        return {};
    if (tag == derSequence) { // PKCS#8: the algorithm, then the key itself in an octet string
        QByteArrayView inner;
        if (!takeDer(&key, &tag, &inner) || tag != derOctetString)
            return {};
        return publicPartOf(inner);
    }
    if (tag == derInteger && version == QByteArrayView("\x00", 1))
        return next.toByteArray(); // RSA: the modulus follows the version
    QByteArrayView member;
    while (takeDer(&key, &tag, &member)) { // EC: private key, [0] parameters, [1] public key
        if (tag == derPublicKeyOfEc) {
            QByteArrayView point;
            if (takeDer(&member, &tag, &point) && tag == derBitString)
                return point.toByteArray();
        }
    }
    return {};
}

} // namespace

bool TlsPair::load(const QString &certificatePath, const QString &keyPath, QSslConfiguration *tls, QString *error)
{
    if (keyPath.isEmpty()) {
        *error = u"--tls-cert needs --tls-key"_s;
        return false;
    }
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificatePath, u"certificate"_s, &certificatePem, error)
        || !readFile(keyPath, u"key"_s, &keyPem, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"the TLS certificate file %1 holds no PEM certificate"_s.arg(certificatePath);
        return false;
    }
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = u"the TLS key file %1 holds no unencrypted PEM RSA or EC private key"_s.arg(keyPath);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    // The public keys compared: the private key's public part is in the certificate's public key.
    // (Qt cannot derive a public QSslKey from a private one, hence the DER.)
    const QByteArray publicPart = publicPartOf(key.toDer());
    if (key.algorithm() != chain.first().publicKey().algorithm()
        || (!publicPart.isEmpty() && !chain.first().publicKey().toDer().contains(publicPart))) {
        *error = u"the TLS key %1 does not belong to the certificate %2"_s.arg(keyPath, certificatePath);
        return false;
    }
    // The TLS backend has the last word: it also refuses a key it finds too weak, for one.
    QString reason;
    if (!backendAccepts(configuration, &reason)) {
        *error = u"TLS refuses to serve the certificate %1 with the key %2 (a key too short for the system's "
                 u"security level, for one): %3"_s.arg(certificatePath, keyPath, reason);
        return false;
    }
    *tls = configuration;
    return true;
}

bool TlsPair::backendAccepts(const QSslConfiguration &tls, QString *error)
{
    // Serving is the test: OpenSSL checks the pair (SSL_CTX_use_PrivateKey, SSL_CTX_check_private_key)
    // and the key's strength when a server socket builds its context at startServerEncryption(),
    // before a byte is exchanged. So a server socket is started on a loopback connection made for
    // the purpose, without an event loop: the kernel completes a loopback connect by itself, so
    // waitForNewConnection() returns at once, and the check is synchronous. The bounded wait is on
    // 127.0.0.1 and in the sandbox, which the app runs on a thread of its own, never on the GUI
    // thread (docs/architecture.md "Rules of the house").
    OneConnection server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = u"cannot check the key: %1"_s.arg(server.errorString());
        return false;
    }
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!server.waitForNewConnection(5000) || server.descriptor < 0) {
        *error = u"cannot check the key: no loopback connection"_s;
        return false;
    }
    QSslSocket socket;
    if (!socket.setSocketDescriptor(server.descriptor)) {
        *error = u"cannot check the key: %1"_s.arg(socket.errorString());
        return false;
    }
    socket.setSslConfiguration(tls);
    socket.startServerEncryption();
    if (socket.error() != QAbstractSocket::UnknownSocketError) {
        *error = socket.errorString().trimmed(); // "Unable to init SSL Context: " when OpenSSL says no more
        if (error->endsWith(u':'))
            error->chop(1);
        return false;
    }
    return true;
}

} // namespace commdesk
