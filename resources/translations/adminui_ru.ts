<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../adminui/api/errors.py" line="+24"/>
        <source>The request to OpenBao failed.</source>
        <extracomment>How the detail of a TLSError starts when the profile&apos;s CA bundle or client certificate could not be loaded (no node was contacted yet).</extracomment>
        <translation>Запрос к OpenBao завершился ошибкой.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The node {0} could not be reached.</source>
        <translation>Узел {0} недоступен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node {0} did not answer in time.</source>
        <translation>Узел {0} не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secure connection to OpenBao could not be set up: the CA bundle or client certificate of this profile could not be loaded.</source>
        <translation>Не удалось установить защищённое соединение с OpenBao: не загружается набор сертификатов ЦС или клиентский сертификат этого профиля.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to {0} could not be verified: its certificate has expired.</source>
        <translation>Не удалось проверить защищённое соединение с {0}: срок действия его сертификата истёк.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to {0} could not be verified: its certificate is not issued for this address.</source>
        <translation>Не удалось проверить защищённое соединение с {0}: его сертификат выпущен не для этого адреса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to {0} could not be verified: its certificate comes from an authority this profile does not trust (set its CA bundle).</source>
        <translation>Не удалось проверить защищённое соединение с {0}: его сертификат выдан центром сертификации, которому этот профиль не доверяет (укажите в профиле набор сертификатов ЦС).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to {0} could not be verified.</source>
        <translation>Не удалось проверить защищённое соединение с {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The node {0} is sealed and must be unsealed before it can serve.</source>
        <translation>Узел {0} запечатан: распечатайте его, чтобы он мог обслуживать запросы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This namespace is locked by an administrator; unlock it to use it.</source>
        <translation>Это пространство имён заблокировано администратором; разблокируйте его, чтобы с ним работать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node is a standby and could not serve this request.</source>
        <translation>Узел резервный и не смог обслужить этот запрос.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster has no active leader right now.</source>
        <translation>Сейчас у кластера нет активного лидера.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The node {0} is a standby; send this change to {1}.</source>
        <translation>Узел {0} резервный; отправьте это изменение на {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node {0} is a standby; send this change to the leader.</source>
        <translation>Узел {0} резервный; отправьте это изменение лидеру.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token is not allowed to do this (or it is invalid or expired).</source>
        <translation>Токену это не разрешено (или он недействителен либо истёк).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing exists at this path.</source>
        <translation>По этому пути ничего нет.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server is rate limiting requests; try again shortly.</source>
        <translation>Сервер ограничивает частоту запросов; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is rate limiting requests; try again in {0:g} s.</source>
        <translation>Сервер ограничивает частоту запросов; повторите попытку через {0:g} с.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is rate limiting requests; try again in {0:.0f} min.</source>
        <translation>Сервер ограничивает частоту запросов; повторите попытку через {0:.0f} мин.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is rate limiting requests; try again in {0:.0f} h.</source>
        <translation>Сервер ограничивает частоту запросов; повторите попытку через {0:.0f} ч.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is rate limiting requests and asks to wait {0:.0f} days; check the rate-limit quotas that apply to this path.</source>
        <translation>Сервер ограничивает частоту запросов и просит подождать {0:.0f} дн.; проверьте квоты частоты для этого пути.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server refused the request: {0}.</source>
        <translation>Сервер отклонил запрос: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request as invalid.</source>
        <translation>Сервер отклонил запрос как недопустимый.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request conflicts with the current state; reload and try again.</source>
        <translation>Запрос противоречит текущему состоянию; перечитайте данные и повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node {0} reported an internal error.</source>
        <translation>Узел {0} сообщил о внутренней ошибке.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent an answer that could not be understood.</source>
        <translation>Сервер прислал ответ, который не удалось разобрать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This connection is read-only; the change was not sent.</source>
        <translation>Это подключение только для чтения; изменение не отправлено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name {0} cannot be used: {1}.</source>
        <translation>Имя {0} использовать нельзя: {1}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: expired</source>
        <translation>TLS: сертификат истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: wrong name</source>
        <translation>TLS: чужое имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: untrusted</source>
        <translation>TLS: нет доверия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection refused</source>
        <translation>соединение отклонено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown host</source>
        <translation>неизвестный хост</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect refused</source>
        <translation>перенаправление отклонено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate limited</source>
        <translation>ограничение частоты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad answer</source>
        <translation>непонятный ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change was not sent: the audit log cannot be written ({0}). Free some disk space or fix the data folder, then try again.</source>
        <translation>Изменение не отправлено: журнал аудита недоступен для записи ({0}). Освободите место на диске или исправьте папку данных и повторите.</translation>
    </message>
    <message>
        <location filename="../../adminui/api/kuma.py" line="+296"/>
        <source>unexpected answer: {0}</source>
        <extracomment>KUMA Core REST v3: paths under ``/api/v3``, the token as a bearer token.</extracomment>
        <translation>неожиданный ответ: {0}</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>The request to the KUMA Core failed.</source>
        <translation>Запрос к ядру KUMA не выполнен.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The node {0} sent the request elsewhere; it was not followed ({1}).</source>
        <translation>Узел {0} перенаправил запрос в другое место; перенаправление не выполнено ({1}).</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>the answer is not JSON</source>
        <translation>ответ не в формате JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the server repeats the same page</source>
        <translation>сервер повторяет одну и ту же страницу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than {0} pages of services</source>
        <translation>больше {0} страниц сервисов</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the ID {0} cannot be used in a request</source>
        <extracomment>Every status a health endpoint may answer with is read, none raised by the transport.</extracomment>
        <translation>идентификатор {0} нельзя использовать в запросе</translation>
    </message>
    <message>
        <location filename="../../adminui/api/kuma_models.py" line="+33"/>
        <source>{0}: expected a JSON object, got {1}</source>
        <translation>{0}: ожидался объект JSON, получен {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: expected a JSON array, got {1}</source>
        <translation>{0}: ожидался массив JSON, получен {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field {0}: expected a string, got {1}</source>
        <translation>поле {0}: ожидалась строка, получен {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field {0}: expected a number, got a boolean</source>
        <translation>поле {0}: ожидалось число, получено логическое значение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field {0}: expected a number, got {1}</source>
        <translation>поле {0}: ожидалось число, получен {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field {0}: expected a boolean, got {1}</source>
        <translation>поле {0}: ожидалось логическое значение, получен {1}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>service without an id</source>
        <translation>сервис без ID</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>role: expected a string or an object, got {0}</source>
        <translation>role: ожидалась строка или объект, получен {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/api/pg_roles.py" line="+88"/>
        <source>{0} is not a valid role name: use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63 characters).</source>
        <extracomment>Names the console will create: lower case, digits and underscores, at most 63 bytes.</extracomment>
        <translation>{0} — недопустимое имя роли: используйте строчные буквы, цифры и подчёркивания; имя начинается с буквы или подчёркивания (не длиннее 63 символов).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PostgreSQL refused the login of {0} at {1}.</source>
        <translation>PostgreSQL на {1} отказал во входе пользователю {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL at {0} could not be reached.</source>
        <comment>{endpoint.host}:{endpoint.port}</comment>
        <translation>PostgreSQL на {0} недоступен.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PostgreSQL refused a statement.</source>
        <translation>PostgreSQL отклонил SQL-инструкцию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to PostgreSQL was lost.</source>
        <translation>Соединение с PostgreSQL потеряно.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/audit.py" line="+111"/>
        <source>The audit log is intact: {0} entries, chain verified.</source>
        <extracomment>The ``prev`` of the first entry. Entries sealed with the log&apos;s key (HMAC-SHA-256).</extracomment>
        <translation>Журнал аудита не изменён, цепочка проверена. Записей: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log was altered at line {0}: {1}.</source>
        <translation>Журнал аудита изменён в строке {0}: {1}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not valid JSON</source>
        <translation>некорректный JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no prev/hash fields</source>
        <translation>нет полей prev/hash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing {0}</source>
        <translation>нет полей: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected fields</source>
        <translation>лишние поля</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an empty line</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line is not valid JSON</source>
        <translation>строка не является корректным JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line is not a JSON object</source>
        <translation>строка не является объектом JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not follow the line before it</source>
        <translation>она не продолжает цепочку предыдущей строки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is sealed with the log&apos;s key, which is missing</source>
        <translation>она запечатана ключом журнала, а ключа нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not sealed with the log&apos;s key, unlike the entries before it</source>
        <translation>она не запечатана ключом журнала, в отличие от записей до неё</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its content does not match its hash</source>
        <translation>её содержимое не совпадает с хешем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not an audit entry ({0})</source>
        <translation>она не является записью аудита ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not the entry the log last ended with</source>
        <translation>это не та запись, которой журнал заканчивался при последней записи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} entries were cut from the end (the log last held {1})</source>
        <translation>с конца удалены записи: {0} (в журнале было {1})</translation>
    </message>
    <message>
        <location filename="../../adminui/core/capability_rules.py" line="+43"/>
        <source>read-only profile: changes are disabled</source>
        <extracomment>Capabilities that grant everything (the root token reports &quot;root&quot;).</extracomment>
        <translation>профиль только для чтения: изменения отключены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token lacks {0} on {1} (it has: {2})</source>
        <translation>у токена нет права {0} на {1} (его права: {2})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} or {1}</source>
        <translation>{0} или {1}</translation>
    </message>
    <message>
        <location filename="../../adminui/core/cluster.py" line="+30"/>
        <location filename="../../adminui/core/drill.py" line="+188"/>
        <location filename="../../adminui/core/drill_preflight.py" line="+52"/>
        <source>leader</source>
        <extracomment>A role as people read it (the interface shows it in its language).
----------
A voter further behind the leader than this many log entries counts as lagging. A voter the leader has not heard from for this long counts as lagging (autopilot&apos;s own figure is refreshed lazily: ~3 s is normal on a healthy cluster). What each check is called where checks are listed (the name itself is a key).</extracomment>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follower</source>
        <translation>ведомый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>запечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../adminui/core/config_gen.py" line="+102"/>
        <source>unknown cluster kind {0!r}</source>
        <extracomment>Core: nginx balances the web UI port (the community guide&apos;s layout). Why a node is left out (:attr:`TopologyNode.left_out`).</extracomment>
        <translation>неизвестный тип кластера {0!r}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0!r} has no host</source>
        <translation>в {0!r} не указан хост</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the cluster has no nodes</source>
        <translation>в кластере нет узлов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no node of the cluster is running</source>
        <translation>ни один узел кластера не работает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid host {0!r}</source>
        <translation>недопустимый хост {0!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid port {0} for {1}</source>
        <translation>недопустимый порт {0} для {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid listen port {0}</source>
        <translation>недопустимый порт прослушивания {0}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{0!r} is not an IP address (the VIP)</source>
        <translation>{0!r} — не IP-адрес (VIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtual_router_id must be between 1 and 255</source>
        <translation>virtual_router_id должен быть от 1 до 255</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid network interface {0!r}</source>
        <translation>недопустимый сетевой интерфейс {0!r}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no node {0}</source>
        <translation>нет узла {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not running (status red): it gets its file once it runs</source>
        <translation>{0} не работает (статус red): файл для него появится, когда он запустится</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the expand inventory is for KUMA Core clusters</source>
        <translation>инвентарь расширения предназначен только для кластеров KUMA Core</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid ansible user {0!r}</source>
        <translation>недопустимый пользователь ansible {0!r}</translation>
    </message>
    <message>
        <location filename="../../adminui/core/drill.py" line="-2"/>
        <source>info</source>
        <extracomment>Faults that need the lab&apos;s process control (a fault injector). Faults that are meant to take the cluster below quorum. What each kind of event is called where the events are listed.</extracomment>
        <translation>инфо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/core/drill_preflight.py" line="+5"/>
        <source>fault</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abort</source>
        <translation>прерывание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/monitor/core_watch.py" line="+58"/>
        <location filename="../../adminui/monitor/openbao_watch.py" line="+249"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../adminui/core/drill_preflight.py" line="-4"/>
        <source>voters</source>
        <translation>голосующие узлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolerance</source>
        <translation>отказоустойчивость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lag</source>
        <translation>отставание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>токен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum loss</source>
        <translation>потеря кворума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probes</source>
        <translation>пробы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all nodes back</source>
        <translation>все узлы вернулись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one leader</source>
        <translation>один лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term advanced</source>
        <translation>терм вырос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes succeed</source>
        <translation>запись проходит</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{0} is the active node.</source>
        <extracomment>Checks that can turn green by waiting (a new leader&apos;s autopilot needs a few seconds).</extracomment>
        <translation>{0} — активный узел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node is the leader right now.</source>
        <translation>Сейчас ни один узел не является лидером.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voters and their health could not be read.</source>
        <translation>Не удалось получить список голосующих узлов и их состояние.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} of {1} voters are not healthy: {2}.</source>
        <translation>Неисправны {0} из {1} голосующих узлов: {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All {0} voters are healthy.</source>
        <translation>Все голосующие узлы ({0}) исправны.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The failure tolerance could not be read.</source>
        <translation>Не удалось определить, сколько отказов допустимо.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failure tolerance is {0}: losing a node now would stop the cluster.</source>
        <translation>Допустимо отказов: {0}. Потеря узла сейчас остановит кластер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure tolerance is {0}.</source>
        <translation>Допустимо отказов: {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagging behind the leader: {0}. Wait until they catch up.</source>
        <translation>Отстают от лидера: {0}. Дождитесь, пока они догонят лидера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No voter is lagging behind the leader.</source>
        <translation>Ни один голосующий узел не отстаёт от лидера.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s permissions are unknown.</source>
        <translation>Права токена неизвестны.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token may do this.</source>
        <translation>У токена есть право на это действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is not allowed to do this.</source>
        <translation>У токена нет права на это действие.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of cluster has no step-down operation.</source>
        <translation>В кластере этого типа нет операции снятия лидерства.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab can kill and restart nodes.</source>
        <translation>Лаборатория может останавливать и перезапускать узлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killing nodes is only possible in the local lab.</source>
        <translation>Останавливать узлы можно только в локальной лаборатории.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This drill takes the cluster below quorum on purpose: writes will fail until the nodes are restored.</source>
        <translation>Эти учения намеренно лишают кластер кворума: запись будет завершаться ошибкой, пока узлы не будут восстановлены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scratch path for probes answers reads and writes.</source>
        <translation>Служебный путь для проб отвечает на чтение и запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scratch path for probes cannot be used.</source>
        <translation>Служебный путь для проб недоступен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} ({1} entries behind, last contact {2:.1f} s ago)</source>
        <translation>{0} (отстаёт на {1} записей журнала, последний контакт {2:.1f} с назад)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} ({1} entries behind)</source>
        <translation>{0} (отстаёт на {1} записей журнала)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (last contact {1:.1f} s ago)</source>
        <translation>{0} (последний контакт {1:.1f} с назад)</translation>
    </message>
    <message>
        <location filename="../../adminui/core/drill_report.py" line="+38"/>
        <source>Step down the active node</source>
        <extracomment>The faults&apos; titles (:data:`~adminui.core.drill.FAULT_TITLES`) as sentences, so the report can show them in the interface language.</extracomment>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the leader (lab)</source>
        <translation>Остановка лидера (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill a follower (lab)</source>
        <translation>Остановка ведомого (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill two nodes: quorum loss, then restore (lab)</source>
        <translation>Остановка двух узлов: потеря кворума, затем восстановление (лаборатория)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership moved from {0} to {1} in {2}.</source>
        <translation>Лидерство перешло от {0} к {1} за {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership did not move: {0} is still the leader after {1}.</source>
        <translation>Лидерство не перешло: {0} остаётся лидером спустя {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same node was re-elected: {0} is the leader again after {1}.</source>
        <translation>Переизбран тот же узел: {0} снова стал лидером спустя {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No new leader was known by all nodes within {0}.</source>
        <translation>За {0} все узлы так и не признали нового лидера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../adminui/monitor/drill_runner.py" line="+561"/>
        <source>The step-down request failed: {0}</source>
        <translation>Запрос на снятие лидерства не выполнен: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>longest write outage</source>
        <translation>самый долгий перерыв записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time from restore to a leader known by all nodes</source>
        <translation>время от восстановления узлов до лидера, признанного всеми узлами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time to a new leader known by all nodes</source>
        <translation>время до нового лидера, признанного всеми узлами</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The drill failed: {0}</source>
        <translation>Учения завершились ошибкой: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drill was aborted: {0}</source>
        <translation>Учения прерваны: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by the user.</source>
        <translation>пользователем.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leadership did not move.</source>
        <translation>Лидерство не перешло.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recovery was observed ({0}).</source>
        <translation>Восстановление не зафиксировано ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery took {0} ({1}), more than the objective of {2}.</source>
        <translation>Восстановление заняло {0} ({1}) — больше целевого времени {2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Post-check failed: {0}</source>
        <translation>Проверка после учений не пройдена: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+206"/>
        <source>No post-checks were run.</source>
        <translation>Проверки после учений не выполнялись.</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Recovered in {0} ({1}), within the objective of {2}.</source>
        <translation>Восстановление за {0} ({1}) — в пределах целевого времени {2}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../adminui/ui/node_model.py" line="+105"/>
        <source>{0:.2f} s</source>
        <extracomment>The nodes&apos; URLs in the model&apos;s own order (the cluster&apos;s, newcomers last). Clock offsets beyond this are flagged (Raft clusters need NTP).</extracomment>
        <translation>{0:.2f} с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:.1f} %</source>
        <translation>{0:.1f} %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:+.2f} s</source>
        <translation>{0:+.2f} с</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failover drill: {0} — {1}</source>
        <translation>Учения по отказу: {0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../adminui/ui/drills/export.py" line="+122"/>
        <source>Verdict: PASS</source>
        <extracomment>Renders a text of the report (a Sentence) in some language.</extracomment>
        <translation>Итог: ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../adminui/ui/drills/export.py" line="+0"/>
        <source>Verdict: FAIL</source>
        <translation>Итог: НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target nodes</source>
        <translation>Целевые узлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader before</source>
        <translation>Лидер до сбоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery objective</source>
        <translation>Целевое время восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill id</source>
        <translation>ID учений</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypothesis</source>
        <translation>Гипотеза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preflight</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>замечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read availability</source>
        <translation>Доступность чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} reads</source>
        <translation>{0} (запросов на чтение: {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write availability</source>
        <translation>Доступность записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} writes</source>
        <translation>{0} (запросов на запись: {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time without a leader</source>
        <translation>Время без лидера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to a new leader (known by all nodes)</source>
        <translation>Время до нового лидера (признанного всеми узлами)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New leader</source>
        <translation>Новый лидер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest write outage</source>
        <translation>Самый долгий перерыв записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest read outage</source>
        <translation>Самый долгий перерыв чтения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to full recovery (all nodes back)</source>
        <translation>Время до полного восстановления (все узлы вернулись)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery after restore</source>
        <translation>Восстановление после возврата узлов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raft term before → after</source>
        <translation>Терм Raft до → после</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probes answered by</source>
        <translation>Узлы, ответившие на пробы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leader timeline</source>
        <translation>Хронология лидерства</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../adminui/core/fleet.py" line="+92"/>
        <location filename="../../adminui/ui/drills/export.py" line="+28"/>
        <source>no leader</source>
        <translation>нет лидера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since fault</source>
        <translation>С момента сбоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Post-checks</source>
        <translation>Проверки после учений</translation>
    </message>
    <message>
        <location filename="../../adminui/core/namespaces.py" line="+118"/>
        <source>A namespace name cannot be empty.</source>
        <extracomment>Segment names the server refuses (OpenBao 2.x, ``helper/namespace``). Unicode categories that are not &quot;graphic&quot; in Go&apos;s sense (controls, formats, unassigned…). One chunk of a name for natural order: ``(0, number)`` for a run of digits, ``(1, text)`` for the text between them (numbers come before text at the same place).</extracomment>
        <translation>Имя пространства имён не может быть пустым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A namespace name cannot contain &apos;/&apos;; create the parents one by one.</source>
        <translation>Имя пространства имён не может содержать «/»; создавайте родительские пространства по одному.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is reserved and cannot be used as a namespace name.</source>
        <translation>Имя «{0}» зарезервировано и не может использоваться для пространства имён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A namespace name cannot contain spaces.</source>
        <translation>Имя пространства имён не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A namespace name cannot contain the wildcard &apos;{0}&apos;.</source>
        <translation>Имя пространства имён не может содержать подстановочный знак «{0}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A namespace name cannot contain the character U+{0:04X}.</source>
        <translation>Имя пространства имён не может содержать символ U+{0:04X}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a namespace path.</source>
        <translation>Укажите путь пространства имён.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/namespaces_blueprint.py" line="+82"/>
        <source>Unknown placeholder(s) in the policy template: {0}</source>
        <extracomment>The default policy: full use of the tenant&apos;s KV engine, nothing else.</extracomment>
        <translation>Неизвестные подстановки в шаблоне политики: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secrets engine path must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Путь механизма секретов должен начинаться с буквы или цифры и содержать только буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy name must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Имя политики должно начинаться с буквы или цифры и содержать только буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The role name must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Имя роли должно начинаться с буквы или цифры и содержать только буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The policy name &apos;{0}&apos; is reserved.</source>
        <translation>Имя политики «{0}» зарезервировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy template is empty.</source>
        <translation>Шаблон политики пуст.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/policy_lint.py" line="+559"/>
        <source>The policy is not valid HCL ({0}).</source>
        <extracomment>Capabilities OpenBao ACL policies understand (any other is refused). Capabilities only Vault knows: OpenBao refuses them, Vault accepts them. Keys a ``path`` block may hold (any other is refused). Keys the top level may hold besides ``path`` blocks (any other is refused). Values of the legacy ``policy = &quot;...&quot;`` form. A token&apos;s first character to its kind: &quot;
&quot; line ends, &quot;i&quot; name, &quot;s&quot; string, &quot;n&quot; number, &quot;h&quot; heredoc, punctuation as itself. How deep lists, objects and blocks may nest on the fast way. An attribute, or the head of a block (its type and labels) up to its &quot;{&quot;. The head of a block that may be a path block: a name and a string. A block&apos;s body of attributes only, one a line, up to and with its closing &quot;}&quot;.</extracomment>
        <translation>Политика не является корректным HCL ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected end of the policy: a bracket or brace is not closed.</source>
        <translation>Неожиданный конец политики: не закрыта квадратная или фигурная скобка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected character {0!r}.</source>
        <translation>Неожиданный символ {0!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected {0!r}.</source>
        <translation>Неожиданная лексема {0!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy is not valid HCL.</source>
        <translation>Политика не является корректным HCL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policy is empty: the server refuses it.</source>
        <translation>Политика пуста: сервер её отклонит.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The policy is empty: it grants nothing.</source>
        <translation>Политика пуста: она ничего не разрешает.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown top-level key {0!r}; only &apos;path&apos; blocks.</source>
        <translation>Неизвестный ключ верхнего уровня {0!r}; допустимы только блоки &apos;path&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Path {0!r} is already defined on line {1}; the rules are merged.</source>
        <translation>Путь {0!r} уже определён в строке {1}; правила объединяются.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Policy paths are relative to the namespace and written without a leading &apos;/&apos; (write {0!r}).</source>
        <translation>Пути в политике задаются относительно пространства имён и пишутся без начального &apos;/&apos; (пишите {0!r}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path is empty.</source>
        <translation>Путь пуст.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;+*&apos; is not allowed in a path: the server refuses it.</source>
        <translation>&apos;+*&apos; в пути недопустимо: сервер такую политику отклонит.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown key {0!r} in a path block.</source>
        <translation>Неизвестный ключ {0!r} в блоке path.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Unknown legacy policy {0!r}: the server refuses it (deny, read, write or sudo).</source>
        <translation>Неизвестное значение устаревшей формы policy {0!r}: сервер его отклонит (допустимы deny, read, write или sudo).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;policy = ...&apos; is the legacy form; use &apos;capabilities = [...]&apos;.</source>
        <translation>&apos;policy = ...&apos; — устаревшая форма; используйте &apos;capabilities = [...]&apos;.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&apos;capabilities&apos; must be a list, such as [&quot;read&quot;].</source>
        <translation>&apos;capabilities&apos; должно быть списком, например [&quot;read&quot;].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path {0!r} lists no capabilities.</source>
        <translation>Для пути {0!r} не указано ни одного права.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Capability {0!r} exists only in Vault: OpenBao refuses it.</source>
        <translation>Право {0!r} есть только в Vault: OpenBao его отклонит.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown capability {0!r}: the server will refuse it.</source>
        <translation>Неизвестное право {0!r}: сервер его отклонит.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown capability {0!r}; the server ignores it after &apos;deny&apos;.</source>
        <translation>Неизвестное право {0!r}; после &apos;deny&apos; сервер его не учитывает.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&apos;list_scan_response_keys_filter_path&apos; needs the &apos;list&apos; capability on this path: the server refuses it without.</source>
        <translation>Для &apos;list_scan_response_keys_filter_path&apos; на этом пути нужно право &apos;list&apos;: без него сервер политику отклонит.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empty capabilities: grants nothing.</source>
        <translation>Пустой список прав: ничего не разрешает.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;deny&apos; overrides every other capability in this list.</source>
        <translation>&apos;deny&apos; отменяет все остальные права в этом списке.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&apos;sudo&apos; alone grants nothing: it only adds access to root-protected endpoints on top of other capabilities.</source>
        <translation>&apos;sudo&apos; сам по себе ничего не разрешает: он лишь добавляет к другим правам доступ к путям, защищённым root.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;sudo&apos; on the wildcard path {0!r} opens every root-protected endpoint below it.</source>
        <translation>&apos;sudo&apos; на пути с подстановочным знаком {0!r} открывает все защищённые root пути под ним.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/quorum.py" line="+20"/>
        <source>Even number of voters: one more voter adds no failure tolerance, and a split into halves leaves neither side a majority. Use an odd number.</source>
        <extracomment>What each warning means for the cluster (the quorum panel shows these).</extracomment>
        <translation>Чётное число голосующих: ещё один голосующий не добавляет отказоустойчивости, а при разделении пополам ни одна половина не получит большинства. Используйте нечётное число.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failure tolerance is 0: losing one more voter stops the cluster from electing a leader and accepting writes.</source>
        <translation>Допустимо отказов: 0. Потеря ещё одного голосующего лишит кластер возможности выбрать лидера и принимать запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum lost: not enough healthy nodes to elect a leader or accept writes. Bring voters back until a majority of them is healthy.</source>
        <translation>Кворум потерян: недостаточно исправных узлов, чтобы выбрать лидера или принимать запись. Возвращайте голосующие узлы, пока большинство из них не станет исправным.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/quota_rules.py" line="+47"/>
        <source>Give the quota a name.</source>
        <translation>Укажите имя квоты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Имя может содержать только буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate must be greater than 0.</source>
        <translation>Частота должна быть больше 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval must be at least 1 second.</source>
        <translation>Интервал должен быть не меньше 1 секунды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block interval cannot be negative.</source>
        <translation>Интервал блокировки не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The path must not start with &apos;/&apos;.</source>
        <translation>Путь не должен начинаться с &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The path must not contain spaces or empty segments.</source>
        <translation>Путь не должен содержать пробелов и пустых сегментов.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/services.py" line="+21"/>
        <source>Running and reachable from the Core.</source>
        <extracomment>Status colours of &quot;Active services&quot; and what they mean (KUMA online help). The UI shows these sentences with ``say``; the keys are the lowercase status strings (assumed).</extracomment>
        <translation>Работает и доступен для Core.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped, or the Core cannot reach it.</source>
        <translation>Остановлен или недоступен для Core.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, but with errors in its log or metric alerts.</source>
        <translation>Работает, но в его журнале есть ошибки или сработали оповещения по метрикам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, but its configuration changed: reload or restart it.</source>
        <translation>Работает, но его конфигурация изменилась: перезагрузите или перезапустите сервис.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to a deleted tenant.</source>
        <translation>Принадлежит удалённому арендатору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A status KUMA does not document.</source>
        <translation>Статус, не описанный в документации KUMA.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>{0}d {1}</source>
        <extracomment>Documented ports of a Core node (KUMA 4.0 help). The join port of ``--raft.join``: the help implies the Raft port, a community guide writes the internal port (7210). The user may change it.</extracomment>
        <translation>{0} дн. {1}</translation>
    </message>
    <message>
        <location filename="../../adminui/core/transitions.py" line="+47"/>
        <source>Leader changed from none to {0}</source>
        <extracomment>(URL, name) of the nodes the event mentions, to say them by name.</extracomment>
        <translation>Появился лидер: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader changed from {0} to {1}</source>
        <translation>Лидер сменился: {0} → {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leader (was {0})</source>
        <translation>Лидера нет (был {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term {0} → {1}</source>
        <translation>Терм {0} → {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is unreachable</source>
        <translation>Узел {0} недоступен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is reachable again ({1})</source>
        <translation>Узел {0} снова доступен ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is sealed</source>
        <translation>Узел {0} запечатан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is unsealed ({1})</source>
        <translation>Узел {0} распечатан ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum lost: not enough healthy nodes</source>
        <translation>Кворум потерян: недостаточно исправных узлов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Core service {0} added (ID {1}); not started yet</source>
        <translation>Добавлен сервис Core {0} (ID {1}); ещё не запущен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Core service {0} joined the cluster (ID {1})</source>
        <translation>Сервис Core {0} присоединился к кластеру (ID {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core service {0} left the cluster (ID {1})</source>
        <translation>Сервис Core {0} покинул кластер (ID {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum regained</source>
        <translation>Кворум восстановлен</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/blueprint.py" line="+111"/>
        <source>{0} ({1})</source>
        <extracomment>Where the blueprint enables AppRole (inside the tenant&apos;s namespace). The AppRole login of a successful AppRole run (None otherwise).</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already present</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Create namespace {0}</source>
        <translation>Создать пространство имён {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable KV v2 at {0}/</source>
        <translation>Включить KV v2 по пути {0}/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write policy {0}</source>
        <translation>Записать политику {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable AppRole auth</source>
        <translation>Включить аутентификацию AppRole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create AppRole role {0}</source>
        <translation>Создать роль AppRole {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a secret ID for role {0}</source>
        <translation>Выдать secret ID для роли {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create token role {0}</source>
        <translation>Создать роль токена {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Policy {0}</source>
        <translation>Политика {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AppRole role {0}</source>
        <translation>Роль AppRole {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token role {0}</source>
        <translation>Роль токенов {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{0} already exists in {1}; it is not replaced.</source>
        <translation>{0} уже есть в {1}; она не заменяется.</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/namespace_ops.py" line="+56"/>
        <location line="+24"/>
        <source>The namespace {0} already exists.</source>
        <extracomment>Progress callback: what is happening (a Sentence). Called on the loop thread.</extracomment>
        <translation>Пространство имён {0} уже существует.</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/core_watch.py" line="-18"/>
        <source>The Core node {0} did not answer its health check: {1}.</source>
        <extracomment>Each node&apos;s name as it last gave it, by URL (kept while the node is down).</extracomment>
        <translation>Узел Core {0} не ответил на проверку состояния: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../adminui/monitor/openbao_watch.py" line="+0"/>
        <source>no answer</source>
        <extracomment>Each node&apos;s Raft node id as autopilot last named it, by API URL (kept while the node is down, so a dead node keeps its name).</extracomment>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Core node {0} answered its health check with an error: {1}.</source>
        <translation>Узел Core {0} ответил на проверку состояния ошибкой: {1}.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>answers</source>
        <translation>отвечает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers (role unknown)</source>
        <translation>отвечает (роль неизвестна)</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/drill_facts.py" line="+75"/>
        <source>The profile is read-only: drills and step-down are disabled.</source>
        <extracomment>Capabilities that let a token call sys/step-down.</extracomment>
        <translation>Профиль только для чтения: учения и снятие лидерства отключены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token&apos;s permissions could not be read: {0}</source>
        <translation>Не удалось узнать права токена: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token may call sys/step-down.</source>
        <translation>Токен может вызывать sys/step-down.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token may not call sys/step-down (it needs the update capability).</source>
        <translation>Токен не может вызывать sys/step-down (нужно право update).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token will be checked by the probes&apos; first write.</source>
        <translation>Токен будет проверен первой пробной записью.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile is read-only: drills are disabled.</source>
        <translation>Профиль только для чтения: учения отключены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token may list services (KUMA has no capability query).</source>
        <translation>Токен может получать список сервисов (в KUMA нет запроса прав токена).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token could not list services: {0}</source>
        <translation>Токену не удалось получить список сервисов: {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/drill_runner.py" line="-479"/>
        <source>While a majority of nodes is down, writes fail and reads may be served by the survivor; once the nodes are restored, a leader known by all nodes is back within {0}, and every node rejoins.</source>
        <translation>Пока большинство узлов недоступно, запись не проходит, а чтение может обслуживать оставшийся узел; после восстановления узлов лидер, признанный всеми узлами, появляется в течение {0}, и все узлы возвращаются в кластер.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Losing one follower does not interrupt reads or writes for longer than {0}; the leader stays, and the follower rejoins when restarted.</source>
        <translation>Потеря одного ведомого не прерывает чтение и запись дольше чем на {0}; лидер остаётся прежним, а ведомый после перезапуска возвращается в кластер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads and writes succeed before the fault; after it a new leader is known by all nodes within {0}, and the cluster returns to all nodes healthy with one leader and a higher term.</source>
        <translation>До сбоя чтение и запись проходят успешно; после сбоя в течение {0} появляется новый лидер, признанный всеми узлами, и кластер возвращается в состояние, когда все узлы исправны, лидер один, а терм выше прежнего.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Aborted by the user.</source>
        <extracomment>The leader the last preflight found (&apos;&apos; when none, or before any preflight). The leader&apos;s name, as the confirmation asks for it.</extracomment>
        <translation>Прервано пользователем.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Waiting for the cluster to settle before the drill.</source>
        <translation>Ожидание стабилизации кластера перед учениями.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preflight {0}: {1}</source>
        <translation>Предварительная проверка «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preflight failed, the fault was not injected: {0}</source>
        <translation>Предварительная проверка не пройдена, сбой не вносился: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The probes could not be set up: {0}</source>
        <translation>Не удалось подготовить пробы: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measuring the steady state.</source>
        <translation>Измерение устойчивого состояния.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drill aborted: {0}</source>
        <translation>Учения прерваны: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drill cancelled: restarting the killed nodes.</source>
        <translation>Учения отменены: остановленные узлы запускаются снова.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The drill&apos;s scratch data could not be removed: {0}</source>
        <translation>Не удалось удалить временные данные учений: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cluster could not be observed.</source>
        <translation>Не удалось получить состояние кластера.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster could not be observed: {0}</source>
        <translation>Не удалось получить состояние кластера: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quorum regained: {0} of {1} nodes answer.</source>
        <translation>Кворум восстановлен: отвечают {0} из {1} узлов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum lost: only {0} of {1} nodes answer.</source>
        <translation>Кворум потерян: отвечают только {0} из {1} узлов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Safety check failed: quorum was lost in a drill that did not intend it ({0} of {1} nodes answer).</source>
        <translation>Проверка безопасности не пройдена: кворум потерян в учениях, которые этого не предусматривали (отвечают {0} из {1} узлов).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Safety check failed: no leader for more than {0}.</source>
        <translation>Проверка безопасности не пройдена: лидера нет дольше {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steady state not met: not every node serves with one agreed leader ({0} of {1} serving).</source>
        <translation>Устойчивое состояние не достигнуто: не все узлы работают под одним признанным лидером (обслуживают {0} из {1}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steady state not met: no probe answered before the fault.</source>
        <translation>Устойчивое состояние не достигнуто: до сбоя не ответила ни одна проба.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steady state not met: {0} of {1} probes failed before the fault ({2}).</source>
        <translation>Устойчивое состояние не достигнуто: до сбоя с ошибкой завершились {0} из {1} проб ({2}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steady state holds: {0} probes succeeded; leader {1}.</source>
        <translation>Устойчивое состояние подтверждено: успешных проб — {0}; лидер {1}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This fault needs the local lab&apos;s process control.</source>
        <translation>Для этого сбоя нужно управление процессами локальной лаборатории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step-down sent to {0}.</source>
        <translation>Запрос на снятие лидерства отправлен на {0}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Killed the leader {0} (SIGKILL).</source>
        <translation>Лидер {0} остановлен (SIGKILL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed the follower {0} (SIGKILL).</source>
        <translation>Ведомый {0} остановлен (SIGKILL).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New leader {0} known by all reachable nodes after {1}.</source>
        <translation>Новый лидер {0} признан всеми доступными узлами через {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No new leader within {0}.</source>
        <translation>Новый лидер не появился за {0}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restarting {0}.</source>
        <translation>Перезапуск {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restarting {0} failed: {1}</source>
        <translation>Не удалось перезапустить {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every killed node was started again.</source>
        <translation>Все остановленные узлы запущены снова.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All {0} nodes are back with one leader ({1}).</source>
        <translation>Все узлы ({0}) вернулись, лидер один ({1}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster did not fully recover within {0}.</source>
        <translation>Кластер не восстановился полностью за {0}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All {0} nodes serve.</source>
        <translation>Все узлы ({0}) обслуживают запросы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not serving: {0}.</source>
        <translation>Не обслуживают запросы: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} leads and every node knows it.</source>
        <translation>{0} — лидер, и это признают все узлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no single leader known by every node.</source>
        <translation>Нет единого лидера, признанного всеми узлами.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Raft term is not known.</source>
        <translation>Терм Raft неизвестен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raft term {0} → {1}.</source>
        <translation>Терм Raft: {0} → {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last write probe succeeded.</source>
        <translation>Последняя проба записи прошла успешно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last write probe failed: {0}</source>
        <translation>Последняя проба записи завершилась ошибкой: {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/namespace_load.py" line="+61"/>
        <location filename="../../adminui/monitor/rotation_service.py" line="+304"/>
        <location line="+14"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/namespace_ops.py" line="-21"/>
        <source>Creating namespace {0}</source>
        <translation>Создание пространства имён {0}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>namespace {0} was still being deleted after 30 s</source>
        <translation>пространство имён {0} всё ещё удалялось через 30 с</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted {0} of {1}: {2}</source>
        <translation>Удалено {0} из {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/rotation_service.py" line="-158"/>
        <source>not a rotation-set record ({0}: {1})</source>
        <extracomment>Progress callback: (what is happening, a Sentence; fraction done 0..1). Called on the loop thread. The KV version of the record this was read from (0: not read from the server).</extracomment>
        <translation>это не запись набора ротации ({0}: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rotation-set record needs members and a positive period</source>
        <translation>в записи набора ротации должны быть участники и положительный период</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A set name uses lower-case letters, digits and dashes (at most 40), starting with a letter or digit.</source>
        <translation>Имя набора состоит из строчных латинских букв, цифр и дефисов (не более 40) и начинается с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A set needs between 2 and {0} members.</source>
        <translation>В наборе должно быть от 2 до {0} участников.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period must be a whole number of seconds, at least {0:g}.</source>
        <translation>Период должен быть целым числом секунд, не меньше {0:g}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a database connection or name a new one.</source>
        <translation>Выберите подключение к базе данных или укажите имя нового.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new connection needs the PostgreSQL admin credentials.</source>
        <translation>Для нового подключения нужны учётные данные администратора PostgreSQL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account names are not valid.</source>
        <translation>Недопустимые имена учётных записей.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The record of set {0} is not valid.</source>
        <translation>Запись набора {0} некорректна.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Some members have no static role; the set cannot be re-staggered.</source>
        <translation>У некоторых участников нет статической роли; набор нельзя разнести заново.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting to rotate {0} (in {1:.0f} s)</source>
        <translation>Ожидание ротации {0} (через {1:.0f} с)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotated {0} ({1} of {2})</source>
        <translation>{0}: ротация выполнена ({1} из {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staggered</source>
        <translation>Участники разнесены</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Staggering the members</source>
        <translation>Разнесение участников</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the namespace</source>
        <translation>Проверка пространства имён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A set named {0} already exists here.</source>
        <translation>Набор с именем {0} здесь уже существует.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Static roles with these names already exist.</source>
        <translation>Статические роли с такими именами уже существуют.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the connection</source>
        <translation>Создание подключения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the PostgreSQL login roles</source>
        <translation>Создание ролей входа PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating static role {0}</source>
        <translation>Создание статической роли {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the set record</source>
        <translation>Сохранение записи набора</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleting static role {0}</source>
        <translation>Удаление статической роли {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dropping the PostgreSQL login roles</source>
        <translation>Удаление ролей входа PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting the set record</source>
        <translation>Удаление записи набора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set {0} was already deleted.</source>
        <translation>Набор {0} уже удалён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set {0} changed on the server since it was read (version {1}, now {2}); nothing was deleted. Load the sets again and look before deleting.</source>
        <translation>Набор {0} изменился на сервере после чтения (была версия {1}, теперь {2}); ничего не удалено. Загрузите наборы заново и проверьте перед удалением.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The mount {0} exists but is not a {1} engine version {2}.</source>
        <translation>Точка монтирования {0} существует, но это не механизм {1} версии {2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mount {0} exists but is not a {1} engine.</source>
        <translation>Точка монтирования {0} существует, но это не механизм {1}.</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/stepdown.py" line="+144"/>
        <source>No node is the leader right now: there is nothing to step down.</source>
        <translation>Сейчас ни один узел не является лидером: снимать лидерство не с кого.</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+36"/>
        <source>Line {0}: write metadata as key=value.</source>
        <translation>Строка {0}: записывайте метаданные в виде ключ=значение.</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/node_model.py" line="+5"/>
        <source>{0:.0f} ms</source>
        <translation>{0:.0f} мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:+.1f} s</source>
        <translation>{0:+.1f} с</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/overview/cluster_page.py" line="+54"/>
        <source>TLS VERIFICATION OFF</source>
        <translation>ПРОВЕРКА TLS ОТКЛЮЧЕНА</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/rotation/format.py" line="+19"/>
        <source>{0} d {1} h</source>
        <translation>{0} сут {1} ч</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} d</source>
        <translation>{0} сут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h {1} min</source>
        <translation>{0} ч {1} мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min {1} s</source>
        <translation>{0} мин {1} с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/drill_probes.py" line="+175"/>
        <source>The scratch namespace {0} was still being deleted after {1:.0f} s.</source>
        <extracomment>Every drill&apos;s scratch namespace is called this plus the drill&apos;s ID. The custom metadata of a scratch namespace (so a left-over one explains itself). How long the teardown waits for the (asynchronous) namespace deletion to complete. A probe that takes longer than this counts as failed: a client would have given up.</extracomment>
        <translation>Временное пространство имён {0} всё ещё удалялось через {1:.0f} с.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scratch namespace {0} could not be deleted: {1}</source>
        <translation>Не удалось удалить временное пространство имён {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../adminui/api/transport.py" line="+678"/>
        <source>a standby redirected a change to the leader; changes are not re-sent</source>
        <extracomment>Methods that never change state; only these follow a standby&apos;s redirect. The longest X-Vault-Index kept (OpenBao&apos;s is about 90 characters of base64). Query parameters: a mapping, or pairs where a name repeats. Called with every state-changing request&apos;s outcome (see ``VaultTransport(audit=...)``). The name the node&apos;s certificate is checked against (and sent as SNI) when it is not the URL&apos;s host (a node reached by IP, or through a tunnel). When set, the token is read from here at each request (credentials replaced in place by the cluster&apos;s connection), and ``gate`` is awaited before any authenticated request (it waits while the user signs in again). OpenBao standby reads (2.5+) are eventually consistent: a write&apos;s answer carries ``X-Vault-Index``, given to ``index_sink``; later authenticated requests send ``index_source()`` back with ``X-Vault-Inconsistent: forward-active-node``, so a standby that has not caught up forwards the read to the active node instead of answering from older data.</extracomment>
        <translation>резервный узел перенаправил изменение лидеру; изменения повторно не отправляются</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the redirect has no usable Location</source>
        <translation>в перенаправлении нет пригодного адреса (Location)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to follow a redirect from {0} to {1}</source>
        <translation>перенаправление с {0} на {1} не выполняется</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refusing to follow a redirect to a node outside this cluster</source>
        <translation>перенаправление на узел вне этого кластера не выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than {0} redirects</source>
        <translation>больше {0} перенаправлений</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no complete answer within {0:g} s</source>
        <translation>нет полного ответа за {0:g} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is larger than {0:g} MiB; it was not read</source>
        <translation>ответ больше {0:g} МиБ, поэтому он не был прочитан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time ({0})</source>
        <translation>нет ответа за отведённое время ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+17"/>
        <source>cannot reach the node ({0})</source>
        <translation>узел недоступен ({0})</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>truncated or malformed answer: {0}</source>
        <translation>ответ обрезан или искажён: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request could not be sent (is the token valid text?)</source>
        <translation>запрос не удалось отправить (токен содержит недопустимые символы?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is compressed in a way the console does not read ({0})</source>
        <translation>ответ сжат способом, который консоль не читает ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the compressed answer is corrupt ({0})</source>
        <translation>сжатый ответ повреждён ({0})</translation>
    </message>
    <message>
        <location filename="../../adminui/core/names.py" line="+19"/>
        <source>it is empty</source>
        <translation>оно пустое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a control character</source>
        <translation>в нём есть управляющий символ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of it is empty, . or ..</source>
        <translation>одна из его частей пустая, «.» или «..»</translation>
    </message>
    <message>
        <location filename="../../adminui/api/vault_namespaces.py" line="+93"/>
        <source>a namespace name is one part, without /</source>
        <translation>имя пространства имён — одна часть, без «/»</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/profile_check.py" line="+100"/>
        <source>Overview: Raft peers</source>
        <extracomment>What the console&apos;s pages will be able to do with these credentials: (page, yes). How long discovery waits for every Raft server to show in ``sys/ha-status`` (a node appears there once it has sent its first heartbeat to the active node). What each OpenBao page needs, as (page, path, capability) asked of capabilities-self.</extracomment>
        <translation>Обзор: участники Raft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step down</source>
        <translation>Смена лидера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies: edit</source>
        <translation>Политики: изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespaces: create</source>
        <translation>Пространства имён: создание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas: edit</source>
        <translation>Квоты: изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation: database roles</source>
        <translation>Ротация: роли баз данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit devices</source>
        <translation>Устройства аудита</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/quota_service.py" line="+34"/>
        <source>Quota {0} changed on the server since it was read; nothing was written.</source>
        <extracomment>Opens a client for a namespace; the caller closes it (a connection&apos;s ``vault``).</extracomment>
        <translation>Квота {0} изменилась на сервере после чтения; ничего не записано.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/policy_service.py" line="+29"/>
        <source>Policy {0} changed on the server since it was read; not saved.</source>
        <extracomment>Opens a client acting in a namespace; the caller closes it (a connection&apos;s ``vault``).</extracomment>
        <translation>Политика {0} изменилась на сервере после чтения; не сохранено.</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/seal_service.py" line="+38"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../adminui/monitor/snapshot_service.py" line="+94"/>
        <source>The folder {0} does not exist.</source>
        <extracomment>Bytes read from a snapshot file per chunk sent. Told how many bytes have been saved or sent so far (called on the loop&apos;s thread).</extracomment>
        <translation>Папки {0} не существует.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+76"/>
        <source>The snapshot cannot be written to {0}: {1}.</source>
        <translation>Снимок нельзя записать в {0}: {1}.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The node sent an empty snapshot.</source>
        <translation>Узел прислал пустой снимок.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot could not be written to {0}: {1}. Nothing was kept.</source>
        <translation>Снимок не удалось записать в {0}: {1}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The snapshot was saved to {0}, but the local list of snapshots could not record it: {1}.</source>
        <translation>Снимок сохранён в {0}, но локальный список снимков не смог его записать: {1}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The snapshot {0} cannot be read: {1}</source>
        <translation>Снимок {0} нельзя прочитать: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot {0} is empty.</source>
        <translation>Снимок {0} пуст.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot {0} changed since it was saved (its SHA-256 differs); it is not restored.</source>
        <translation>Снимок {0} изменился после сохранения (SHA-256 другой); он не восстановлен.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/autopilot_rules.py" line="+29"/>
        <source>Remove servers that stay unreachable longer than the dead-server threshold from the Raft configuration on their own.</source>
        <translation>Автоматически убирать из конфигурации Raft серверы, недоступные дольше порога «мёртвого» сервера.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How long a server may go without contact before it counts as dead and can be cleaned up (at least 1m; keep it well above normal outages).</source>
        <translation>Сколько сервер может быть без связи, прежде чем он считается мёртвым и может быть убран (не меньше 1m; держите заметно больше обычных перерывов).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How long a server may go without contact with the leader before it counts as unhealthy.</source>
        <translation>Сколько сервер может быть без связи с лидером, прежде чем он считается нездоровым.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many log entries a server may lag behind the leader before it counts as unhealthy.</source>
        <translation>На сколько записей журнала сервер может отставать от лидера, прежде чем он считается нездоровым.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fewest voters cleanup may leave: dead servers are not removed below it (0: not set; otherwise at least 3).</source>
        <translation>Наименьшее число голосующих после очистки: ниже него мёртвые серверы не убираются (0 — не задано; иначе не меньше 3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long a new server must be healthy before it is made a voter.</source>
        <translation>Сколько новый сервер должен быть здоров, прежде чем станет голосующим.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: a whole number of 0 or more is needed.</source>
        <extracomment>The smallest dead-server threshold the console sends.</extracomment>
        <translation>{0}: нужно целое число от 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: at least 1.</source>
        <translation>{0}: не меньше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: 0 (not set) or at least 3.</source>
        <translation>{0}: 0 (не задано) или не меньше 3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: a duration such as 10s, 2m or 24h is needed.</source>
        <translation>{0}: нужна длительность вида 10s, 2m или 24h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: at least 1m.</source>
        <translation>{0}: не меньше 1m.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/peer_change.py" line="+62"/>
        <source>After this change {0} of {1} voters are healthy and {2} are needed: the cluster loses quorum and stops accepting writes.</source>
        <translation>После изменения здоровы {0} из {1} голосующих, а нужно {2}: кластер теряет кворум и перестаёт принимать записи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It leaves an even number of voters ({0}): one fewer tolerates as many failures, and a split into halves leaves neither side a majority.</source>
        <translation>Останется чётное число голосующих ({0}): на одного меньше выдерживает столько же отказов, а при разделении пополам большинства нет ни у одной половины.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voters: {0} → {1}</source>
        <translation>Голосующих: {0} → {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (votes needed): {0} → {1}</source>
        <translation>Кворум (нужно голосов): {0} → {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure tolerance now: {0} → {1}</source>
        <translation>Устойчивость к отказам сейчас: {0} → {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health of the voters is not known (autopilot could not be read): every voter is counted as healthy.</source>
        <translation>Здоровье голосующих неизвестно (autopilot не прочитан): каждый считается здоровым.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} is already a member of the cluster.</source>
        <translation>{0} уже входит в кластер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a member of the cluster.</source>
        <translation>{0} не входит в кластер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} leads the cluster: step it down first, then remove it.</source>
        <translation>{0} — лидер кластера: сначала снимите его с лидерства, потом удаляйте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is already a voter.</source>
        <translation>{0} уже голосующий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a voter.</source>
        <translation>{0} не голосующий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} leads the cluster: step it down first.</source>
        <translation>{0} — лидер кластера: сначала снимите его с лидерства.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/recovery_plan.py" line="+116"/>
        <source>The console has not seen this cluster&apos;s Raft configuration yet: open this plan once while the cluster is healthy so that it can remember it.</source>
        <translation>Консоль ещё не видела конфигурацию Raft этого кластера: откройте этот план, пока кластер здоров, чтобы она её запомнила.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} of {1} voters answer and {2} are needed: the cluster has quorum, no recovery is needed.</source>
        <translation>Отвечают {0} из {1} голосующих, нужно {2}: кворум есть, восстанавливать не нужно.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make sure the lost nodes ({0}) stay stopped: if they come back during the recovery they would form a second cluster.</source>
        <comment>, </comment>
        <translation>Убедитесь, что потерянные узлы ({0}) остаются остановленными: вернувшись во время восстановления, они образуют второй кластер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop OpenBao on {0} ({1}).</source>
        <translation>Остановите OpenBao на {0} ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {0}, write the file below as raft/peers.json inside the storage &quot;raft&quot; path of its configuration (owned by the OpenBao user).</source>
        <translation>На {0} запишите файл ниже как raft/peers.json внутри пути storage &quot;raft&quot; из его конфигурации (владелец — пользователь OpenBao).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start OpenBao on {0} and unseal it: it reads peers.json (and removes it) and becomes the active node of a cluster of one.</source>
        <translation>Запустите OpenBao на {0} и распечатайте: он прочитает peers.json (и удалит его) и станет активным узлом кластера из одного узла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that {0} is active and that recent data reads back.</source>
        <translation>Проверьте, что {0} активен и недавние данные читаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On each other node: stop it, move its Raft data directory aside, start it, join it to {0} (Raft peers → Join a node) and unseal it.</source>
        <translation>На каждом другом узле: остановите его, переместите каталог данных Raft в сторону, запустите, присоедините к {0} (Узлы Raft → Присоединить узел) и распечатайте.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a fresh snapshot once the cluster is healthy again.</source>
        <translation>Когда кластер снова здоров, сохраните свежий снимок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum lost: {0} of {1} voters answer and {2} are needed; no node can become active. Keep {3}: it has the highest applied index ({4}){5}.</source>
        <translation>Кворум потерян: отвечают {0} из {1} голосующих, нужно {2}; ни один узел не может стать активным. Оставьте {3}: у него наибольший применённый индекс ({4}){5}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and still runs</source>
        <translation>, и он ещё работает</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>On {0}: create the empty file raft/.reset in the Core&apos;s directory (touch &lt;core directory&gt;/raft/.reset).</source>
        <translation>На {0}: создайте пустой файл raft/.reset в каталоге Ядра (touch &lt;каталог ядра&gt;/raft/.reset).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {0}: remove --raft.join from the Core unit&apos;s command line, run systemctl daemon-reload and start the Core: it starts as a cluster of one with its data.</source>
        <translation>На {0}: уберите --raft.join из командной строки юнита Ядра, выполните systemctl daemon-reload и запустите Ядро: оно стартует кластером из одного узла со своими данными.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that {0} leads and that the Core&apos;s data reads back.</source>
        <translation>Проверьте, что {0} стал лидером и данные Ядра читаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the lost Core services ({0}) in the console (Core services → Remove); on each of their hosts stop kuma-core-&lt;ID&gt;.service and delete its unit and directory.</source>
        <comment>, </comment>
        <translation>Удалите потерянные сервисы Ядра ({0}) в консоли (Сервисы Ядра → Удалить); на каждом их хосте остановите kuma-core-&lt;ID&gt;.service и удалите его юнит и каталог.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add new Core services and join them to {0}.</source>
        <translation>Добавьте новые сервисы Ядра и присоедините их к {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} of {1} Core nodes answer and {2} are needed.</source>
        <translation>Отвечают {0} из {1} узлов Ядра, нужно {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} of {1} Core nodes answer and {2} are needed: the cluster has quorum, no recovery is needed.</source>
        <translation>Отвечают {0} из {1} узлов Ядра, нужно {2}: кворум есть, восстанавливать не нужно.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/cert_expiry.py" line="+33"/>
        <source>expired {0} days ago</source>
        <extracomment>Days left at which a certificate is warned about, then shown as an error.</extracomment>
        <translation>истёк {0} дн. назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires within a day</source>
        <translation>истекает в течение суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in {0} days</source>
        <translation>истекает через {0} дн.</translation>
    </message>
    <message>
        <location filename="../../adminui/core/fleet.py" line="-23"/>
        <source>waiting for an answer</source>
        <extracomment>A clock offset past this is worth a look (Raft needs NTP on every node). Severity, worst first: what sorts a row to the top. The sign-in&apos;s state in a few words (&quot;expires in 20 min&quot;), and its tone.</extracomment>
        <translation>ждём ответа</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>healthy</source>
        <translation>исправен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum lost</source>
        <translation>кворум потерян</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no failure tolerated</source>
        <translation>отказ не выдержит</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 node not serving</source>
        <translation>Не обслуживает 1 узел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} nodes not serving</source>
        <translation>Не обслуживают узлов: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>even number of voters</source>
        <translation>чётное число голосующих</translation>
    </message>
    <message>
        <location filename="../../adminui/core/alert_rules.py" line="+81"/>
        <source>Quorum lost: no leader can be elected until nodes come back.</source>
        <extracomment>A node certificate this close to its end is worth an alert (days), and again at the second, more urgent mark. How bad each kind is: &quot;error&quot; (act now), &quot;warning&quot; (soon) or &quot;info&quot;. The node it is about (&apos;&apos; for the cluster as a whole).</extracomment>
        <translation>Кворум потерян: лидера нельзя выбрать, пока узлы не вернутся.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum at risk: one more node lost and the cluster stops.</source>
        <translation>Кворум под угрозой: потеря ещё одного узла остановит кластер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node {0} is sealed.</source>
        <translation>Узел {0} запечатан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node {0} does not answer.</source>
        <translation>Узел {0} не отвечает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock of node {0} is {1} s off.</source>
        <translation>Часы узла {0} расходятся на {1} с.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A node&apos;s TLS certificate expires in {0} days.</source>
        <translation>TLS-сертификат узла истекает через {0} дн.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in has expired.</source>
        <translation>Срок вашего входа истёк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in expires soon.</source>
        <translation>Срок вашего входа скоро истечёт.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The leader changed from {0} to {1}.</source>
        <translation>Лидер сменился: {0} → {1}.</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/drills/export.py" line="-2"/>
        <source>probe answered</source>
        <translation>проба ответила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probe failed</source>
        <translation>проба не прошла</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>AdminUI {0} · exported by {1} on {2} · page {3} of {4}</source>
        <extracomment>A block property marking the chart&apos;s heading (kept on one page with the chart).</extracomment>
        <translation>AdminUI {0} · выгрузил {1}, {2} · страница {3} из {4}</translation>
    </message>
</context>
<context>
    <name>AddCoreServiceDialog</name>
    <message>
        <location filename="../../adminui/ui/services/add_dialog.py" line="+57"/>
        <source>Add Core service</source>
        <extracomment>The Core service was created: (Service). The lab started a node for the new service and it joined: (JoinedNode).</extracomment>
        <translation>Добавить сервис Core</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>core-2.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host FQDN</source>
        <translation>FQDN хоста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>core-&lt;FQDN&gt; (KUMA&apos;s default)</source>
        <translation>core-&lt;FQDN&gt; (по умолчанию в KUMA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>core-resource-&lt;FQDN&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host FQDN:</source>
        <translation>FQDN хоста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource ID:</source>
        <translation>ID ресурса:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Core service</source>
        <translation>Новый сервис Core</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service ID</source>
        <translation>ID сервиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The FQDN of the current leader (editable).</source>
        <translation>FQDN текущего лидера (можно изменить).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KUMA&apos;s documents disagree on the join port: 7209 (Raft) in the help, 7210 (internal) in a community guide.</source>
        <translation>Документация KUMA расходится в порте для присоединения: 7209 (Raft) в справке, 7210 (внутренний) в руководстве сообщества.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the other documented flags (ports)</source>
        <translation>Добавить остальные документированные флаги (порты)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install command</source>
        <translation>Команда установки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run this on the new host, as root, once the KUMA distribution is unpacked.</source>
        <translation>Выполните на новом хосте от root после распаковки дистрибутива KUMA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a real KUMA host: run this as root once the KUMA distribution is unpacked. It does not work in the lab (no kuma program, no such host).</source>
        <translation>На настоящем хосте KUMA: выполните от имени root после распаковки дистрибутива KUMA. В лаборатории эта команда не сработает (нет ни программы kuma, ни такого хоста).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lab command</source>
        <translation>Команда для лаборатории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy lab command</source>
        <translation>Копировать команду для лаборатории</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In this lab:</source>
        <translation>В этой лаборатории:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cluster is the local lab: this command starts the lab Core node on 127.0.0.1 (free ports), joining through the lab&apos;s leader with this ID. Run it here, or press the button below.</source>
        <translation>Этот кластер — локальная лаборатория: команда запускает лабораторный узел Core на 127.0.0.1 (на свободных портах), и он присоединяется через лидера лаборатории с этим ID. Выполните её здесь или нажмите кнопку ниже.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start this node in the lab</source>
        <translation>Запустить этот узел в лаборатории</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service ID:</source>
        <translation>ID сервиса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join through:</source>
        <translation>Присоединиться через:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install command:</source>
        <translation>Команда установки:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the FQDN of the host for the new Core.</source>
        <translation>Укажите FQDN хоста для нового Core.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a valid host name.</source>
        <translation>{0} — недопустимое имя хоста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already has a Core service ({1}); a host runs one Core only.</source>
        <translation>На {0} уже есть сервис Core ({1}); на одном хосте может работать только один Core.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: the cluster would then have {0} Core services, an even number. Raft needs an odd number: add one more afterwards.</source>
        <translation>Внимание: в кластере станет {0} сервисов Core — чётное число. Raft нужно нечётное: потом добавьте ещё один.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster will have {0} Core services.</source>
        <translation>В кластере будет сервисов Core: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile is read-only.</source>
        <translation>Профиль только для чтения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the Core service for {0}…</source>
        <translation>Создаётся сервис Core для {0}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server refused to create it: this host already has a Core service, or the ID is taken (HTTP 409). {0}</source>
        <translation>Сервер отказал в создании: на этом хосте уже есть сервис Core или ID занят (HTTP 409). {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created {0} (answered by {1}). ID copied to the clipboard.</source>
        <translation>Создан {0} (ответил {1}). ID скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ID copied</source>
        <translation>ID скопирован</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service ID is on the clipboard.</source>
        <translation>ID сервиса скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install command is on the clipboard.</source>
        <translation>Команда установки скопирована в буфер обмена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lab command is on the clipboard.</source>
        <translation>Команда для лаборатории скопирована в буфер обмена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a lab Core node that joins as {0}…</source>
        <translation>Запускается лабораторный узел Core, который присоединится как {0}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lab node did not join.</source>
        <translation>Лабораторный узел не присоединился.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab could not start the node: {0}</source>
        <translation>Лаборатории не удалось запустить узел: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} joined: REST {1}, health {2}.</source>
        <translation>{0} присоединился: REST {1}, health {2}.</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <location filename="../../adminui/ui/alert_actions.py" line="+60"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts and &amp;polling</source>
        <translation>Оповещения и &amp;опрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters off screen: look every</source>
        <translation>Кластеры не на экране: опрашивать каждые</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep running in the tray when closed</source>
        <translation>При закрытии оставаться в трее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop shows no tray icons.</source>
        <translation>Этот рабочий стол не показывает значки в трее.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show AdminUI</source>
        <translation>Показать AdminUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Все кластеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>AdminUI keeps watching</source>
        <translation>AdminUI продолжает наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console runs on in the tray. Quit it from the tray menu.</source>
        <translation>Консоль работает в трее. Выйти можно из меню значка в трее.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../adminui/ui/alerts.py" line="+154"/>
        <source>AdminUI</source>
        <extracomment>An alert was raised (logged): (Alert). The user clicked an alert: open cluster (name). The tray icon was clicked: show the window.</extracomment>
        <translation>AdminUI</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{0}: {1}</source>
        <extracomment>Alerts shown (for the window&apos;s status and the tests).</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (and {1} more)</source>
        <translation>{0} (и ещё {1})</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>leader changed</source>
        <extracomment>Each kind of alert in a few words (translated in the AlertCenter context).</extracomment>
        <translation>лидер сменился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum at risk</source>
        <translation>кворум под угрозой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum lost</source>
        <translation>кворум потерян</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node sealed</source>
        <translation>узел запечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node unreachable</source>
        <translation>узел недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock skew</source>
        <translation>расхождение часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate expiring</source>
        <translation>сертификат истекает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in expiring</source>
        <translation>вход истекает</translation>
    </message>
</context>
<context>
    <name>AlertNote</name>
    <message>
        <location line="+42"/>
        <source>Open</source>
        <extracomment>Alert severities, the worst first. The in-window note&apos;s width (px). How long the in-window note stays (ms). Open the note&apos;s cluster: (name).</extracomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AppRoleCredentialsBox</name>
    <message>
        <location filename="../../adminui/ui/namespaces/approle_credentials.py" line="+28"/>
        <source>AppRole login</source>
        <translation>Вход через AppRole</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+40"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Role ID:</source>
        <translation>Role ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ID:</source>
        <translation>Secret ID:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications log in with POST auth/{0}/login in namespace {1}. This is the only time the secret ID is shown: store it safely now.</source>
        <translation>Приложения входят запросом POST auth/{0}/login в пространстве имён {1}. Secret ID показывается только сейчас: сохраните его в надёжном месте.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied (cleared in {0} s)</source>
        <translation>Скопировано (буфер очистится через {0} с)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../adminui/ui/audit/page.py" line="+326"/>
        <source>unreadable line</source>
        <translation>нечитаемая строка</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/audit/model.py" line="+68"/>
        <source>ok</source>
        <extracomment>The columns: line, time, who, profile, action, namespace, node, request, result. The roles a cell answers. More rows added or removed at once than this are shown by a reset (cheaper then). The words the log stores for a result and for a failure&apos;s kind (the API&apos;s error class names), shown in the interface language.</extracomment>
        <translation>успешно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>узел недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>истекло время ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLSError</source>
        <translation>ошибка TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>хранилище запечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NamespaceLocked</source>
        <translation>пространство имён заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standby</source>
        <translation>узел в резерве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PermissionDenied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NotFound</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RateLimited</source>
        <translation>превышен лимит запросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BadRequest</source>
        <translation>неверный запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServerError</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BadResponse</source>
        <translation>неверный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReadOnlyViolation</source>
        <translation>запись запрещена (только чтение)</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/audit/page.py" line="-247"/>
        <source>Audit log</source>
        <extracomment>How long typing pauses before the rows are picked again. A verification ended: the Verification. The log was exported: the destination path (as text). Rows were exported as CSV or JSON: the destination path (as text). Where the chosen rows go; its suffix (.csv or .json) says the format.</extracomment>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in {0}</source>
        <translation>Хранится в {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/audit/model.py" line="+4"/>
        <location filename="../../adminui/ui/audit/page.py" line="+244"/>
        <location line="+6"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="-138"/>
        <location line="+139"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="+3"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="+1"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="+2"/>
        <source>Request ID</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../adminui/ui/audit/page.py" line="-141"/>
        <location line="+127"/>
        <location line="+15"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/audit/page.py" line="-248"/>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The selected entry</source>
        <translation>Выбранная запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an entry to see every field of it.</source>
        <translation>Выберите запись, чтобы увидеть все её поля.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that no line was changed, removed or added</source>
        <translation>Проверить, что ни одна строка не изменена, не удалена и не добавлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole log as it is, so the copy can be verified</source>
        <translation>Скопировать весь журнал как есть, чтобы копию можно было проверить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export rows…</source>
        <translation>Выгрузить строки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected entries (or all shown) as CSV or JSON</source>
        <translation>Сохранить выбранные записи (или все показанные) в CSV или JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search every field…</source>
        <extracomment>Escape closes the page when it is a window of its own.</extracomment>
        <translation>Поиск по всем полям…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every profile</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any result</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors include writes refused before sending and lines that cannot be read</source>
        <translation>Ошибки включают изменения, отклонённые до отправки, и нечитаемые строки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path contains…</source>
        <translation>Путь содержит…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Part of the request path; * and ? are wildcards</source>
        <translation>Часть пути запроса; * и ? — подстановочные знаки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{0} of {1} entries shown</source>
        <translation>Показано записей: {0} из {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entry matches the search and the filters.</source>
        <translation>Ни одна запись не подходит под поиск и фильтры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries yet: every change made from this console is listed here.</source>
        <translation>Записей пока нет: здесь перечисляется каждое изменение, сделанное из этой консоли.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>Статус HTTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>Предыдущий хеш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed with the log&apos;s key</source>
        <translation>Подписано ключом журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The audit log could not be exported: {0}</source>
        <translation>Не удалось экспортировать журнал аудита: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {0} entries to {1}.</source>
        <translation>Экспортировано записей: {0}, файл {1}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to export: no entry is shown.</source>
        <translation>Нечего выгружать: ни одна запись не показана.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entries could not be exported: {0}</source>
        <translation>Не удалось выгрузить записи: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {0} entries to {1} as {2}.</source>
        <translation>Выгружено записей: {0}, в {1} как {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export entries</source>
        <translation>Выгрузка записей</translation>
    </message>
</context>
<context>
    <name>BlueprintDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/blueprint_dialog.py" line="+44"/>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>откачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollback failed</source>
        <translation>откат не удался</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tenant blueprint</source>
        <extracomment>The name the path starts with under the selected namespace (a number is added when that child exists). Emitted when the user starts the blueprint: (spec).</extracomment>
        <translation>Шаблон арендатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>org/tenant-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full path of the new namespace; missing parents are created too.</source>
        <translation>Полный путь нового пространства имён; недостающие родительские тоже будут созданы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AppRole role</source>
        <translation>Роль AppRole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token role</source>
        <translation>Роль токена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner=team-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placeholders: ${tenant}, ${namespace}, ${mount}, ${role}</source>
        <translation>Подстановки: ${tenant}, ${namespace}, ${mount}, ${role}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create tenant</source>
        <translation>Создать арендатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected namespace:</source>
        <translation>Выбранное пространство имён:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace path:</source>
        <translation>Путь пространства имён:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV v2 mount:</source>
        <translation>Точка монтирования KV v2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy name:</source>
        <translation>Имя политики:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth role:</source>
        <translation>Роль аутентификации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name:</source>
        <translation>Имя роли:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token TTL:</source>
        <translation>TTL токена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata:</source>
        <translation>Пользовательские метаданные:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy template:</source>
        <translation>Шаблон политики:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The namespace {0} already exists: give the path of a new one.</source>
        <translation>Пространство имён {0} уже существует: укажите путь нового.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (exists, kept)</source>
        <translation>{0} (уже есть, остаётся)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The blueprint could not run: {0}</source>
        <translation>Шаблон не удалось выполнить: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant {0} is ready.</source>
        <translation>Арендатор {0} готов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{0}” failed. Rolled back: {1}.</source>
        <translation>Шаг «{0}» завершился ошибкой. Откачено: {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could NOT roll back: {0}.</source>
        <translation>НЕ удалось откатить: {0}.</translation>
    </message>
</context>
<context>
    <name>CapabilityGate</name>
    <message>
        <location filename="../../adminui/ui/policies/capability_gate.py" line="+82"/>
        <source>select an item first</source>
        <extracomment>Emitted after new capabilities arrived and were applied.</extracomment>
        <translation>сначала выберите элемент</translation>
    </message>
</context>
<context>
    <name>ClusterActions</name>
    <message>
        <location filename="../../adminui/ui/clusters/actions.py" line="+158"/>
        <source>Remove cluster?</source>
        <translation>Удалить кластер?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {0} from the console? Its profile and stored token are forgotten; nothing changes on the cluster itself.</source>
        <translation>Удалить {0} из консоли? Его профиль и сохранённый токен будут забыты; в самом кластере ничего не изменится.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Signed out of {0}; the token could not be revoked: {1}</source>
        <translation>Выход из {0} выполнен; отозвать токен не удалось: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed out of {0}; its token is revoked.</source>
        <translation>Выход из {0} выполнен; токен отозван.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../adminui/ui/clusters/cluster_dialog.py" line="+100"/>
        <source>Edit cluster {0}</source>
        <translation>Изменить кластер {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add cluster</source>
        <translation>Добавить кластер</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. prod-bao</source>
        <translation>например, prod-bao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discover nodes</source>
        <translation>&amp;Найти узлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one node&apos;s URL; the cluster names the others.</source>
        <translation>Введите URL одного узла — остальные назовёт сам кластер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node &amp;URLs (one per line):</source>
        <translation>&amp;URL узлов (по одному в строке):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: one health URL per node</source>
        <translation>необязательно: по одному URL проверки на узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health URLs:</source>
        <translation>URL &amp;проверки:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remember me (keep the token in the keyring)</source>
        <translation>Запомнить меня (токен — в хранилище ключей)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system&apos;s trusted CAs</source>
        <translation>доверенные центры сертификации системы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;Сертификаты ЦС:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do &amp;not verify TLS certificates (insecure)</source>
        <translation>&amp;Не проверять сертификаты TLS (небезопасно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the URLs&apos; host</source>
        <translation>хост из URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name the nodes&apos; certificates carry, when you reach them by another name or IP.</source>
        <translation>Имя в сертификатах узлов, если вы обращаетесь к ним по другому имени или IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS ser&amp;ver name:</source>
        <translation>Имя сер&amp;вера TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read-only (refuse every change)</source>
        <translation>Только &amp;чтение (отклонять любые изменения)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. PROD</source>
        <translation>например, PROD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment label:</source>
        <translation>&amp;Метка окружения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#rrggbb, e.g. red for production</source>
        <translation>#rrggbb, например красный для продуктива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the console&apos;s default</source>
        <translation>как в консоли по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Found 1 node; {0} added.</source>
        <translation>Найден 1 узел; добавлено: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found {0} nodes; {1} added.</source>
        <translation>Найдено узлов: {0}; добавлено: {1}.</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Способ входа:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mou&amp;nt path:</source>
        <translation>Путь &amp;монтирования:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Username:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace to sign in to:</source>
        <translation>Пространство имён для входа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate:</source>
        <translation>Клиентский сертификат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client key:</source>
        <translation>Ключ клиента:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Always save a Raft snapshot before a risky change</source>
        <translation>Всегда сохранять снимок Raft перед рискованным изменением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before a step-down, a drill, a change of peers or a restore, a snapshot is saved first and cannot be skipped.</source>
        <translation>Перед снятием лидерства, учением, изменением узлов или восстановлением сначала сохраняется снимок; пропустить это нельзя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop &amp;notifications for this cluster</source>
        <translation>&amp;Уведомления на рабочем столе для этого кластера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader changes, quorum at risk, sealed or silent nodes, clock skew and expiring certificates or sign-ins. Unticked, they are only logged.</source>
        <translation>Смена лидера, угроза кворуму, запечатанные или молчащие узлы, расхождение часов, истекающие сертификаты и входы. Без отметки они только записываются в журнал.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;certificate…</source>
        <translation>Показать &amp;сертификат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the certificate a node presents, and trust it for this cluster.</source>
        <translation>Посмотреть сертификат, который предъявляет узел, и доверять ему для этого кластера.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a PEM file</source>
        <translation>Выберите файл PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.crt *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>A cluster named {0!r} exists already.</source>
        <translation>Кластер с именем {0!r} уже есть.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no expiry</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTL {0} s</source>
        <translation>TTL {0} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials valid ({0}; policies: {1})</source>
        <translation>Учётные данные действительны ({0}; политики: {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can: {0}</source>
        <translation>Доступно: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot: {0}</source>
        <translation>Недоступно: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials not valid: {0}</source>
        <translation>Учётные данные недействительны: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trust this certificate?</source>
        <translation>Доверять этому сертификату?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} presents a certificate this computer does not trust. Compare the fingerprint with the one your administrator gave you before trusting it.</source>
        <translation>{0} предъявляет сертификат, которому этот компьютер не доверяет. Прежде чем доверять, сравните отпечаток с тем, что дал вам администратор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject: {0}
Issuer: {1}
Valid until: {2}
SHA-256: {3}</source>
        <translation>Субъект: {0}
Издатель: {1}
Действителен до: {2}
SHA-256: {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверять этому сертификату</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as this cluster&apos;s CA bundle: {0}. Test the connection again.</source>
        <translation>Сохранён как сертификат ЦС этого кластера: {0}. Проверьте подключение ещё раз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>ClusterListModel</name>
    <message>
        <location filename="../../adminui/ui/cluster_list_model.py" line="+35"/>
        <source>{0} + {1} not started</source>
        <translation>{0} + {1} не запущен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorum lost</source>
        <translation>нет кворума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no failure tolerated</source>
        <translation>без запаса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolerates {0}</source>
        <translation>запас {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single node, no Raft</source>
        <translation>один узел, без Raft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure tolerance unknown</source>
        <translation>отказоустойчивость неизвестна</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <location filename="../../adminui/ui/overview/cluster_page.py" line="+50"/>
        <source>Waiting for the first answer from the nodes…</source>
        <extracomment>The moment shown changed: its ``taken_at`` while replaying, None back at live. Drawn as ticks come (False while its cluster is off screen: only recorded). The snapshot replayed now; None while live. What the events table shows: every event live, those up to the moment replayed.</extracomment>
        <translation>Ожидание первого ответа от узлов…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nodes</source>
        <extracomment>The nodes&apos; TLS certificates: the soonest expiry, each node in the tooltip (F31).</extracomment>
        <translation>Узлы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Seal and &amp;unseal…</source>
        <extracomment>Opens the seal and unseal dialog (OpenBao/Vault clusters only).</extracomment>
        <translation>&amp;Запечатать и распечатать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each node&apos;s seal state; give key shares to unseal, or seal a node</source>
        <translation>Состояние печати каждого узла; введите доли ключа, чтобы распечатать, или запечатайте узел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;napshots…</source>
        <extracomment>Opens the Raft snapshots dialog (OpenBao/Vault clusters only).</extracomment>
        <translation>С&amp;нимки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a Raft snapshot, or restore one</source>
        <translation>Сохранить снимок Raft или восстановить из него</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raft &amp;peers…</source>
        <extracomment>Opens the Raft peers dialog (OpenBao/Vault clusters only).</extracomment>
        <translation>&amp;Узлы Raft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove, promote, demote or join peers, with their effect on quorum first</source>
        <translation>Удалить, повысить, понизить или присоединить узлы — сначала с их влиянием на кворум</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recovery plan…</source>
        <extracomment>Opens the lost-quorum recovery plan (OpenBao/Vault and KUMA Core); marked when the live view shows quorum lost.</extracomment>
        <translation>&amp;План восстановления…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which node to keep and the steps, when a majority of the voters is lost</source>
        <translation>Какой узел оставить и шаги, когда потеряно большинство голосующих</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replay:</source>
        <extracomment>&quot;Last snapshot 3 h ago&quot; (of the snapshots this console saved).</extracomment>
        <translation>Воспроизвести:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: not read ({1})</source>
        <translation>{0}: не прочитан ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1}, issued by {2}; names: {3}; {4} ({5})</source>
        <translation>{0}: {1}, выдан {2}; имена: {3}; {4} ({5})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS certificates: not read</source>
        <translation>Сертификаты TLS: не прочитаны</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS certificates: the first {0}</source>
        <translation>Сертификаты TLS: первый {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No snapshot saved from this console</source>
        <translation>Из этой консоли снимков не сохраняли</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Last snapshot %n minute ago</source>
        <translation>
            <numerusform>Последний снимок %n минуту назад</numerusform>
            <numerusform>Последний снимок %n минуты назад</numerusform>
            <numerusform>Последний снимок %n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last snapshot %n minutes ago</source>
        <translation>
            <numerusform>Последний снимок %n минуту назад</numerusform>
            <numerusform>Последний снимок %n минуты назад</numerusform>
            <numerusform>Последний снимок %n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last snapshot %n hour ago</source>
        <translation>
            <numerusform>Последний снимок %n час назад</numerusform>
            <numerusform>Последний снимок %n часа назад</numerusform>
            <numerusform>Последний снимок %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last snapshot %n hours ago</source>
        <translation>
            <numerusform>Последний снимок %n час назад</numerusform>
            <numerusform>Последний снимок %n часа назад</numerusform>
            <numerusform>Последний снимок %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last snapshot %n days ago</source>
        <translation>
            <numerusform>Последний снимок %n день назад</numerusform>
            <numerusform>Последний снимок %n дня назад</numerusform>
            <numerusform>Последний снимок %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+10"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leader: {0}</source>
        <translation>Лидер: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · term {0}</source>
        <translation> · терм {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leader known</source>
        <translation>Лидер неизвестен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} nodes claim leadership</source>
        <translation>Лидерство заявляют узлов: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Balancer: a /v1/sys/health check (200 = healthy) sends traffic to {0}; standbys answer 429, sealed nodes 503.</source>
        <translation>Балансировщик: проверка /v1/sys/health (200 = исправен) направит трафик на {0}; резервные узлы отвечают 429, запечатанные — 503.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balancer: no node answers 200 to /v1/sys/health: no traffic would be served.</source>
        <translation>Балансировщик: ни один узел не отвечает 200 на /v1/sys/health — трафик обслуживаться не будет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balancer: with the first node as primary and the others as backup, traffic goes to {0}.</source>
        <translation>Балансировщик: если первый узел основной, а остальные резервные (backup), трафик идёт на {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balancer: no node answers; no traffic would be served.</source>
        <translation>Балансировщик: ни один узел не отвечает — трафик обслуживаться не будет.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Replaying {0}</source>
        <translation>Воспроизводится {0}</translation>
    </message>
</context>
<context>
    <name>ClusterView</name>
    <message>
        <location filename="../../adminui/ui/cluster_view.py" line="+106"/>
        <source>Overview</source>
        <extracomment>The command palette loads a cluster&apos;s namespaces at most this often (seconds). How often the live view&apos;s applied indexes are written down for a recovery plan. Pages the namespace tree can open showing one namespace. The cluster&apos;s profile changed (e.g. a node joined): (Profile). A page counted the cluster&apos;s Core services anew: (CoreMembers). The seal and unseal dialog last opened (None before the first). The snapshots dialog last opened (None before the first). The recovery plan dialog last opened (None before the first). Keeps the nodes&apos; applied indexes for a recovery plan (F28). Days until the first node certificate runs out (None: not read, or no TLS). Reads the nodes&apos; TLS certificates now and every few hours (F31). The Raft peers dialog last opened (None before the first).</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every page sends its requests to the leader, or to a live node while there is none; results say which node answered.</source>
        <translation>Каждая страница отправляет запросы лидеру, а пока его нет — живому узлу; в результатах указано, какой узел ответил.</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Requests go to {0}</source>
        <translation>Запросы идут на {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/pages.py" line="+51"/>
        <source>Namespaces</source>
        <translation>Пространства имён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotation sets</source>
        <translation>Наборы ротации</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Config</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drills</source>
        <translation>Учения</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Services</source>
        <translation>Сервисы</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../adminui/ui/palette.py" line="+112"/>
        <source>Command palette</source>
        <extracomment>A palette row is picked, never edited or dragged (a string list model&apos;s rows would be).</extracomment>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a command, cluster, page, node or namespace…</source>
        <translation>Команда, кластер, страница, узел или пространство имён…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search commands</source>
        <translation>Поиск команд</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching commands</source>
        <translation>Найденные команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches. Try fewer letters, or a page&apos;s name.</source>
        <translation>Ничего не найдено. Введите меньше букв или название страницы.</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <location filename="../../adminui/ui/config_gen/page.py" line="+66"/>
        <source>nginx stream upstream</source>
        <extracomment>The topology was read: (number of nodes).</extracomment>
        <translation>upstream для nginx stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalived (one file per node)</source>
        <translation>keepalived (по файлу на узел)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core expand inventory</source>
        <translation>Инвентарь расширения Core</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.0.2.10/24</source>
        <translation>напр. 192.0.2.10/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual IP address</source>
        <translation>Виртуальный IP-адрес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each node&apos;s own</source>
        <translation>свой у каждого узла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node port nginx forwards to and keepalived checks; by default each node&apos;s own (Core: 7220, the web UI; OpenBao: the port of its API URL).</source>
        <translation>Порт узла, на который nginx перенаправляет трафик и который проверяет keepalived; по умолчанию свой у каждого узла (Core: 7220, веб-интерфейс; OpenBao: порт из URL его API).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generate:</source>
        <translation>Сгенерировать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node port:</source>
        <translation>Порт узла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx listens on:</source>
        <translation>nginx слушает на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalived node:</source>
        <translation>Узел keepalived:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual IP (VIP):</source>
        <translation>Виртуальный IP (VIP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual_router_id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface:</source>
        <translation>Интерфейс:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read topology again</source>
        <translation>Перечитать топологию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration — {0}</source>
        <translation>Конфигурация — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the topology…</source>
        <translation>Чтение топологии…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated configuration</source>
        <translation>Сгенерированная конфигурация</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not read the topology. {0}</source>
        <translation>Не удалось прочитать топологию. {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} (not running: left out)</source>
        <translation>{0} (не работает: исключён)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} nodes, read from {1}. The first node is the primary / MASTER.</source>
        <translation>Узлов: {0}, прочитано из {1}. Первый узел — основной (MASTER).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile</source>
        <translation>профиля</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not running (status red), so left out of nginx and keepalived: {0}.</source>
        <translation>Не работают (статус red), поэтому исключены из nginx и keepalived: {0}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source># Enter the virtual IP address (VIP) that the nodes share.
</source>
        <translation># Укажите виртуальный IP-адрес (VIP), общий для узлов.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># Cannot generate: {0}
</source>
        <translation># Сгенерировать невозможно: {0}
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save configuration</source>
        <translation>Сохранить конфигурацию</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {0}: {1}</source>
        <translation>Не удалось сохранить {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../adminui/ui/drills/dialogs.py" line="+82"/>
        <source>Type &lt;b&gt;{0}&lt;/b&gt; to confirm.</source>
        <translation>Для подтверждения введите &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preflight failed: this action is not allowed now.</source>
        <translation>Предварительная проверка не пройдена: сейчас это действие недопустимо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go ahead</source>
        <translation>Выполнить</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="+150"/>
        <source>Policy {name} changed on the server</source>
        <translation>Политика {name} изменена на сервере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone changed this policy on the server after you opened it. Nothing was saved. Compare both versions, then merge the server&apos;s changes into the editor and save again.</source>
        <translation>Кто-то изменил эту политику на сервере после того, как вы её открыли. Ничего не сохранено. Сравните обе версии, затем внесите изменения с сервера в редактор и сохраните снова.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version now</source>
        <translation>Текущая версия на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (server → yours)</source>
        <translation>Различия (сервер → ваша)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The changes merge cleanly.</source>
        <translation>Изменения объединяются без конфликтов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} region(s) conflict and will be marked in the editor.</source>
        <translation>Конфликтующих фрагментов: {n}; они будут отмечены в редакторе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into editor</source>
        <translation>Объединить в редакторе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my text unchanged</source>
        <translation>Оставить мой текст без изменений</translation>
    </message>
</context>
<context>
    <name>CreateNamespaceDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+11"/>
        <source>New namespace</source>
        <translation>Новое пространство имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner=team-a
cost-centre=42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent:</source>
        <translation>Родитель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata:</source>
        <translation>Пользовательские метаданные:</translation>
    </message>
</context>
<context>
    <name>CreateSetDialog</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="+38"/>
        <source>s</source>
        <extracomment>The connection a lab rotation set creates, unless one is chosen.</extracomment>
        <translation>с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>сут</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New rotation set</source>
        <extracomment>Emitted with the SetSpec when the user asks to create the set.</extracomment>
        <translation>Новый набор ротации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. billing-db</source>
        <translation>напр. billing-db</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create this connection (PostgreSQL plugin)</source>
        <translation>Создать это подключение (плагин PostgreSQL)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default: the set name, then _1, _2…</source>
        <translation>по умолчанию: имя набора, затем _1, _2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database mount</source>
        <translation>Точка монтирования БД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members (N)</source>
        <translation>Участников (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (P)</source>
        <translation>Период (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account names</source>
        <translation>Имена учётных записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL, as this console reaches it</source>
        <translation>PostgreSQL (адрес, по которому его видит консоль)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin user</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin login creates the accounts (existing ones are adopted) and is sent to OpenBao only for a new connection; it is never stored here.</source>
        <translation>Учётная запись администратора создаёт учётные записи (существующие берутся под управление) и передаётся в OpenBao только для нового подключения; здесь она не сохраняется.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create and stagger</source>
        <translation>Создать и разнести</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filled in from the local lab&apos;s PostgreSQL.</source>
        <translation>Заполнено по PostgreSQL локальной лаборатории.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} accounts rotating every {1}, {2} apart. Whoever asks gets at least {3} of validity (P·(N−1)/N = {4}, less {5} for the server&apos;s rotation timing). Staggering takes about {4}: it runs in the background once the set is created (this dialog then closes; the jobs panel shows its progress).</source>
        <translation>Учётных записей: {0}, ротация каждые {1} с интервалом {2}. Запросивший получает не менее {3} срока действия (P·(N−1)/N = {4}, минус {5} на хронометраж ротации сервера). Разнесение займёт около {4}: оно идёт в фоне после создания набора (этот диалог закроется; ход виден на панели заданий).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>DeleteNamespaceDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+34"/>
        <source>Delete namespace</source>
        <translation>Удаление пространства имён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting &lt;b&gt;{0}/&lt;/b&gt; removes everything in it for good: its secrets engines and their data, policies, auth methods and tokens.</source>
        <translation>Удаление &lt;b&gt;{0}/&lt;/b&gt; безвозвратно уничтожит всё его содержимое: механизмы секретов и их данные, политики, методы аутентификации и токены.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {0} namespace(s)</source>
        <translation>Удалить пространства имён ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the namespace path to confirm:</source>
        <translation>Для подтверждения введите путь пространства имён:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child namespaces: {0}</source>
        <translation>Дочерние пространства имён: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and {0} more</source>
        <translation>  … и ещё {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets engines: {0}</source>
        <translation>Механизмы секретов: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies: {0}</source>
        <translation>Политики: {0}</translation>
    </message>
</context>
<context>
    <name>DeleteSetDialog</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="+36"/>
        <source>Delete rotation set {0}</source>
        <translation>Удаление набора ротации {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This deletes the static roles {0} and the set&apos;s record. Consumers will no longer get passwords from this set. Type the set&apos;s name to confirm.</source>
        <translation>Будут удалены статические роли {0} и запись набора. Потребители больше не смогут получать пароли из этого набора. Для подтверждения введите имя набора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also drop the PostgreSQL login roles</source>
        <translation>Удалить также роли входа PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL admin login</source>
        <translation>Учётная запись администратора PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin user</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DrillChart</name>
    <message>
        <location filename="../../adminui/ui/drills/chart.py" line="+96"/>
        <source>Leader timeline — {0}</source>
        <extracomment>Probe marks: failed (False) and ok (True).</extracomment>
        <translation>Хронология лидерства — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads</source>
        <translation>чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0:+.1f} s</source>
        <translation>{0:+.1f} с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:+.0f} s</source>
        <translation>{0:+.0f} с</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore</source>
        <translation>откат сбоя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recovered</source>
        <translation>восстановлен</translation>
    </message>
</context>
<context>
    <name>DrillHistoryModel</name>
    <message>
        <location filename="../../adminui/ui/drills/history_model.py" line="+19"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the leader (lab)</source>
        <translation>Остановка лидера (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill a follower (lab)</source>
        <translation>Остановка ведомого (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill two nodes: quorum loss, then restore (lab)</source>
        <translation>Остановка двух узлов: потеря кворума, затем восстановление (лаборатория)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>aborted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1} · {2} · recovery {3}</source>
        <translation>{0} · {1} · {2} · восстановление {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drill {0} on {1}</source>
        <translation>Учения {0} на {1}</translation>
    </message>
</context>
<context>
    <name>DrillSetupDialog</name>
    <message>
        <location filename="../../adminui/ui/drills/dialogs.py" line="-72"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the leader (lab)</source>
        <translation>Остановка лидера (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill a follower (lab)</source>
        <translation>Остановка ведомого (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill two nodes: quorum loss, then restore (lab)</source>
        <translation>Остановка двух узлов: потеря кворума, затем восстановление (лаборатория)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>New failover drill</source>
        <translation>Новые учения по отказу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Killing nodes is only offered for the local lab; this cluster can be drilled with a step-down.</source>
        <translation>Остановка узлов доступна только в локальной лаборатории; на этом кластере учения можно провести через снятие лидерства.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery objective</source>
        <translation>Целевое время восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty for the default hypothesis of the fault.</source>
        <translation>Оставьте пустым, чтобы взять гипотезу по умолчанию для этого сбоя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypothesis</source>
        <translation>Гипотеза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run preflight</source>
        <translation>Предварительная проверка</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../adminui/ui/drills/page.py" line="+54"/>
        <source>step down</source>
        <translation>снятие лидерства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill leader</source>
        <translation>остановка лидера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill follower</source>
        <translation>остановка ведомого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill two</source>
        <translation>остановка двух узлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preflight</source>
        <translation>предварительная проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setup</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady state</source>
        <translation>устойчивое состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trailing</source>
        <translation>наблюдение после восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restoring</source>
        <translation>откат сбоя</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Drills — {0}</source>
        <extracomment>A running drill&apos;s progress, as the page shows it (DrillProgress; GUI thread). A drill finished and its report was saved (DrillReport). A step-down finished (StepDownResult). A drill was started and has not ended (also while it restores what it broke). The running drill&apos;s entry in the jobs panel (None when no drill runs). The last confirmation&apos;s &quot;Save a Raft snapshot first&quot; (None before the first).</extracomment>
        <translation>Учения — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step down the active node…</source>
        <translation>Снять лидерство с активного узла…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <source>New failover drill…</source>
        <translation>Новые учения по отказу…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Abort and restore</source>
        <translation>Прервать и восстановить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No drill running.</source>
        <translation>Учения не идут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill timer</source>
        <translation>Таймер учений</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list of past drills again</source>
        <translation>Перечитать список прошедших учений</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This profile is read-only: step-down and drills are disabled.</source>
        <translation>Профиль только для чтения: снятие лидерства и учения отключены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KUMA Core has no step-down operation; drills that stop nodes are offered for the local lab only.</source>
        <translation>В KUMA Core нет операции снятия лидерства; учения с остановкой узлов доступны только в локальной лаборатории.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drill events</source>
        <translation>События учений</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Past drills</source>
        <translation>Прошедшие учения</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drill report</source>
        <translation>Отчёт об учениях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No drill has been run on this cluster from this console yet.</source>
        <translation>Из этой консоли на этом кластере ещё не проводили учений.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live events</source>
        <translation>События в реальном времени</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The drill could not be opened: {0}</source>
        <translation>Не удалось открыть учения: {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{0:+.2f} s</source>
        <translation>{0:+.2f} с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no leader</source>
        <translation>нет лидера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · leader {1} · {2} of {3} serving</source>
        <translation>{0} · лидер {1} · обслуживают {2} из {3}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the cluster before the step-down…</source>
        <translation>Проверка кластера перед снятием лидерства…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>The preflight could not run: {0}</source>
        <translation>Не удалось выполнить предварительную проверку: {0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The active node {0} of {1} will give up leadership; another voter takes over. Clients see a short interruption.</source>
        <translation>Активный узел {0} из {1} откажется от лидерства, его место займёт другой голосующий узел. Клиенты заметят короткий перерыв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving a Raft snapshot first…</source>
        <translation>Сначала сохраняем снимок Raft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No snapshot was saved, so nothing was changed: {0}</source>
        <translation>Снимок не сохранён, поэтому ничего не изменено: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step-down</source>
        <translation>Снятие лидерства</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step-down failed</source>
        <translation>Снять лидерство не удалось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step-down failed: {0}</source>
        <translation>Снять лидерство не удалось: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking the cluster before the drill…</source>
        <translation>Проверка кластера перед учениями…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run a failover drill</source>
        <translation>Провести учения по отказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill on {0}: {1}. Objective: recovery within {2}.</source>
        <translation>Учения на {0}: {1}. Цель: восстановление за {2}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drill</source>
        <translation>Учения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failover drill: {0}</source>
        <translation>Учения по отказу: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the drill on {0}? It stops at once and restarts the nodes it stopped first; its report says it was aborted.</source>
        <translation>Отменить учения на {0}? Они остановятся сразу и сначала перезапустят остановленные узлы; в отчёте будет сказано, что учения прерваны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a drill on {0} (it may have stopped nodes)</source>
        <translation>учения на {0} (они могли остановить узлы)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Aborting: restoring the cluster…</source>
        <translation>Прерывание: восстановление кластера…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phase: {0} · probes ok {1}, failed {2}</source>
        <translation>Фаза: {0} · проб успешно {1}, с ошибкой {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drill failed: {0}</source>
        <translation>Учения завершились ошибкой: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be saved: {0}</source>
        <translation>Не удалось сохранить отчёт: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{0} · recovery {1}</source>
        <translation>{0} · восстановление {1}</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>PASS</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Aborted; the nodes it stopped were restarted.</source>
        <translation>Прервано; остановленные узлы перезапущены.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: {1:.1f} s</source>
        <translation>{0}: {1:.1f} с</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be written: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Markdown</source>
        <translation>Экспорт в Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export JSON</source>
        <translation>Экспорт в JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No drill report to export yet.</source>
        <translation>Пока нет отчёта об учениях для выгрузки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../adminui/ui/page_header.py" line="+291"/>
        <source>This profile is read-only: nothing can be created from here.</source>
        <translation>Этот профиль только для чтения: отсюда ничего нельзя создать.</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="-293"/>
        <source>Details…</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../adminui/ui/overview/events_model.py" line="+21"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../../adminui/ui/fleet_page.py" line="+64"/>
        <source>State</source>
        <extracomment>The role the proxy sorts by: numbers as numbers, the unknown last. The column of the sign-in&apos;s state. How each column sorts (the state column by severity).</extracomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voters / quorum</source>
        <translation>Голосующих / кворум</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tolerance</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed / unreachable</source>
        <translation>Запечатано / недоступно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worst clock skew</source>
        <translation>Худший сдвиг часов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} d</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <location line="+44"/>
        <source>Fleet</source>
        <extracomment>A cluster was opened from the table: (its name).</extracomment>
        <translation>Все кластеры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter clusters (name, environment, state)…</source>
        <translation>Фильтр кластеров (имя, среда, состояние)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every cluster</source>
        <translation>Все кластеры</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The worst first. Double-click a cluster, or press Enter, to open it.</source>
        <translation>Худшие — первыми. Дважды щёлкните кластер или нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>AdminUI: no clusters</source>
        <translation>AdminUI: кластеров нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AdminUI: every cluster healthy</source>
        <translation>AdminUI: все кластеры исправны</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../adminui/ui/help_menu.py" line="+42"/>
        <source>New namespace, policy, quota or rotation set; add a Core service (on that page)</source>
        <extracomment>The guide, next to the package in a checkout (a bundle carries it under resources). Shortcuts that live on the pages (the window&apos;s own come from its menus).</extracomment>
        <translation>Новое пространство имён, политика, квота или набор ротации; добавить сервис Core (на этой странице)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the policy; save the generated file (Config)</source>
        <translation>Сохранить политику; сохранить созданный файл (Конфигурация)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the search or filter box</source>
        <translation>Перейти к полю поиска или фильтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected service IDs (Services)</source>
        <translation>Скопировать ID выбранных сервисов (Сервисы)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guide is docs/guide.md in AdminUI&apos;s source repository.</source>
        <translation>Руководство — файл docs/guide.md в репозитории исходного кода AdminUI.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A console for KUMA Core and OpenBao/Vault Raft clusters.</source>
        <translation>Консоль для Raft-кластеров KUMA Core и OpenBao/Vault.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Servers:</source>
        <translation>Серверы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: {0}</source>
        <translation>Папка журнала: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About AdminUI</source>
        <translation>О программе AdminUI</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../adminui/ui/overview/history_charts.py" line="+124"/>
        <source>Time range</source>
        <extracomment>One colour per node: for a light and for a dark background. Points per curve are about twice the plot&apos;s width, within these bounds. The time ranges offered, in seconds (0: all the history kept). The narrowest time span a zoom reaches, in seconds. Pointer moves are read out at most this often (ms): one read-out per frame. After a zoom or a move along the time axis the curves are refilled this soon (ms). Full-scale floors of a lane: 1 ms of latency, 1 entry of lag. The leader&apos;s URL; &quot;&quot; when nobody led. How each node is named on the charts (its Raft id when known, else host:port). Whether the charts follow the newest snapshots (False once zoomed or moved). The time range followed, in seconds (None: all the history kept). The moment pointed at (None: the pointer is off the plots). The replayed moment marked on the plots; None while live (no cursor).</extracomment>
        <translation>Интервал времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last minute</source>
        <translation>Последняя минута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 5 minutes</source>
        <translation>Последние 5 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>Последние 15 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kept</source>
        <translation>Всё сохранённое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to live</source>
        <translation>&amp;Вернуться к текущему</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the newest snapshots again over the time range chosen</source>
        <translation>Снова следить за новыми снимками в выбранном интервале</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wheel: zoom in time · drag: move in time</source>
        <translation>Колесо: масштаб по времени · перетаскивание: сдвиг по времени</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charts appear once the cluster has been observed.</source>
        <extracomment>The values at the moment pointed at, above the plots (never over the data).</extracomment>
        <translation>Графики появятся, когда кластер начнёт наблюдаться.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Leader</source>
        <extracomment>Dotted lines under each lane (none on the timeline).</extracomment>
        <translation>Лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms) — each node on its own scale</source>
        <translation>Задержка (мс) — у каждого узла своя шкала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index lag behind the leader (entries) — each node on its own scale</source>
        <translation>Отставание индекса от лидера (записи) — у каждого узла своя шкала</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+53"/>
        <location line="+294"/>
        <source>no leader</source>
        <translation>нет лидера</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>No snapshot was taken in this time range.</source>
        <translation>В этом интервале не сделано ни одного снимка.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:g} ms</source>
        <translation>{0:g} мс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No node answered in this time range.</source>
        <translation>В этом интервале не ответил ни один узел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nodes report no applied index: there is no lag to show.</source>
        <translation>Узлы не сообщают применённый индекс: отставание показать нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No index lag is known in this time range.</source>
        <translation>Отставание индекса в этом интервале неизвестно.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Point at a chart to read the time and every node&apos;s values there.</source>
        <translation>Наведите указатель на график, чтобы увидеть время и значения всех узлов в этой точке.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>leader: {0}</source>
        <translation>лидер: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1:.1f} ms</source>
        <translation>{0} {1:.1f} мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} no answer</source>
        <translation>{0} нет ответа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} unknown</source>
        <translation>{0} неизвестно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At {0}</source>
        <translation>В {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latency: {0}</source>
        <translation>задержка: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index lag: {0}</source>
        <translation>отставание индекса: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="+23"/>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore into editor</source>
        <translation>Восстановить в редакторе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Difference (editor → selected version)</source>
        <translation>Различия (редактор → выбранная версия)</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../adminui/ui/jobs_panel.py" line="+71"/>
        <source>running</source>
        <extracomment>Each state in a word (translated in the JobsModel context).</extracomment>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>working…</source>
        <extracomment>The fraction to draw in the progress column (None: indeterminate).</extracomment>
        <translation>в работе…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel {0}</source>
        <translation>Отменить: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location line="-105"/>
        <source>Stopped: the page that ran it was closed.</source>
        <extracomment>Fraction done 0..1; None while it cannot be told (indeterminate). What the job is doing now, or how it ended (one sentence, translated). How long the job is expected to take (s): its progress then follows the clock. Asked before cancelling (&apos;&apos; cancels at once): cancelling this job does harm. The job can be cancelled (it has a cancel function). Cancelling was asked for; the job is winding down (e.g. a drill restoring nodes). Show the panel when the job starts (work the user just handed over from a dialog). Its end deserves a notification (False: the page that started it already said it). A registry listener: (what happened: &quot;added&quot;, &quot;changed&quot; or &quot;removed&quot;; the job).</extracomment>
        <translation>Остановлено: страница, запустившая задание, закрыта.</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+7"/>
        <source>Jobs</source>
        <extracomment>A job ended done or failed and asks for a notification (Job). How many jobs run changed (count). How often progress that follows the clock is redrawn (ms).</extracomment>
        <translation>Задания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No jobs. Long work (staggering a rotation set, a drill, a load measurement) shows here.</source>
        <translation>Заданий нет. Долгая работа (разнесение набора ротации, учения, замер нагрузки) показывается здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear finished</source>
        <translation>Убрать завершённые</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show or hide the jobs panel</source>
        <translation>Показать или скрыть панель заданий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel {0}</source>
        <translation>Отменить: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n job running</source>
        <translation>
            <numerusform>%n задание выполняется</numerusform>
            <numerusform>%n задания выполняются</numerusform>
            <numerusform>%n заданий выполняется</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n jobs running</source>
        <translation>
            <numerusform>%n задание выполняется</numerusform>
            <numerusform>%n задания выполняются</numerusform>
            <numerusform>%n заданий выполняется</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n job finished</source>
        <translation>
            <numerusform>%n задание завершено</numerusform>
            <numerusform>%n задания завершены</numerusform>
            <numerusform>%n заданий завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n jobs finished</source>
        <translation>
            <numerusform>%n задание завершено</numerusform>
            <numerusform>%n задания завершены</numerusform>
            <numerusform>%n заданий завершено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel {0}?</source>
        <translation>Отменить: {0}?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job is running:</source>
        <translation>
            <numerusform>Выполняется %n задание:</numerusform>
            <numerusform>Выполняются %n задания:</numerusform>
            <numerusform>Выполняется %n заданий:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n jobs are running:</source>
        <translation>
            <numerusform>Выполняется %n задание:</numerusform>
            <numerusform>Выполняются %n задания:</numerusform>
            <numerusform>Выполняется %n заданий:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting cancels them: a drill first restarts the nodes it stopped, and the window closes once it has. Quit anyway?</source>
        <translation>Выход отменит их: учения сначала перезапустят остановленные узлы, и окно закроется, когда это будет сделано. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>LoadRankingView</name>
    <message>
        <location filename="../../adminui/ui/namespaces/load_view.py" line="+33"/>
        <source>Add a telemetry stanza to every server&apos;s configuration and restart it:
telemetry {
  prometheus_retention_time = &quot;60s&quot;
  disable_hostname = true
}
then read sys/metrics?format=prometheus with a token allowed to (root, or a policy granting &quot;read&quot; on sys/metrics).</source>
        <translation>Добавьте секцию telemetry в конфигурацию каждого сервера и перезапустите его:
telemetry {
  prometheus_retention_time = &quot;60s&quot;
  disable_hostname = true
}
затем читайте sys/metrics?format=prometheus токеном, которому это разрешено (root или политика с правом &quot;read&quot; на sys/metrics).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{0:.0f} s</source>
        <extracomment>Emitted when the user asks for a measurement: (window in seconds).</extracomment>
        <translation>{0:.0f} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Измерить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts requests per namespace from every node&apos;s metrics over the chosen window (at most the server&apos;s Prometheus retention, usually 60 s).</source>
        <translation>Подсчитывает запросы к каждому пространству имён по метрикам всех узлов за выбранное окно (не больше срока хранения Prometheus на сервере, обычно 60 с).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Namespace load ranking</source>
        <translation>Рейтинг нагрузки по пространствам имён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This server&apos;s metrics carry no request counts per namespace. {0}</source>
        <translation>Метрики этого сервера не содержат числа запросов по пространствам имён. {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} namespace(s) had requests in {1:.0f} s, counted on {2} node(s).</source>
        <translation>Пространств имён с запросами за {1:.0f} с: {0}; учтено узлов: {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each node counts the requests it handled; the root row also holds requests to mounts whose path looks like no known namespace.</source>
        <translation>Каждый узел считает обработанные им запросы; в строку корня попадают и запросы к точкам монтирования, путь которых не похож ни на одно известное пространство имён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not counted: {0}</source>
        <translation>Не учтено: {0}</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <location line="-122"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/s</source>
        <translation>Запросов/с</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(root)</source>
        <extracomment>Each namespace&apos;s place in the ranking (0: the busiest).</extracomment>
        <translation>(корень)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../adminui/ui/main_window.py" line="+89"/>
        <source>AdminUI — cluster console</source>
        <extracomment>The cluster list never gets narrower than this, nor wider than the second figure by itself (the user can drag it wider). The ``adminui profile add`` command for the cluster the shell names. Starts the local lab and gives its clusters (built by the command line when the lab is installed); offered on the empty window.</extracomment>
        <translation>AdminUI — консоль кластеров</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clusters</source>
        <extracomment>Connections whose shared clients the bridge closes when it stops (by id).</extracomment>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;Add a cluster…</source>
        <extracomment>Every cluster at a glance (F29): View → Fleet, or Go → Fleet (Ctrl+0). Alerts (F30): the notification log page, the tray icon, desktop notifications. Long work of every cluster (staggers, drills, measurements): a dock at the bottom, shown and hidden from the status bar, View → Jobs or Ctrl+J. Closing waits for stopped work (a drill restoring nodes) to end.</extracomment>
        <translation>&amp;Добавить кластер…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add {0} (from ${1}_ADDR)…</source>
        <translation>Добавить {0} (из ${1}_ADDR)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the local &amp;lab</source>
        <translation>Запустить локальную &amp;лабораторию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 3-node OpenBao cluster and a 3-node Core cluster on this computer.</source>
        <translation>Кластер OpenBao из 3 узлов и кластер Core из 3 узлов на этом компьютере.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting the local lab (about half a minute)…</source>
        <translation>Запуск локальной лаборатории (около полуминуты)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lab did not start: {0}</source>
        <translation>Лаборатория не запустилась: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local lab is running.</source>
        <translation>Локальная лаборатория запущена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No clusters yet: add one with the button below (File → Add cluster…).</source>
        <translation>Кластеров пока нет: добавьте кластер кнопкой ниже (Файл → Добавить кластер…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shell names a cluster; from a terminal, add it with:</source>
        <translation>В окружении оболочки указан кластер; из терминала его можно добавить так:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a terminal:</source>
        <translation>Из терминала:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or start the local lab with: adminui --lab</source>
        <translation>или запустите локальную лабораторию: adminui --lab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>&amp;Add cluster…</source>
        <translation>&amp;Добавить кластер…</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+115"/>
        <source>&amp;Edit cluster…</source>
        <translation>&amp;Изменить кластер…</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>D&amp;uplicate cluster…</source>
        <translation>С&amp;копировать кластер…</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+111"/>
        <source>&amp;Remove cluster…</source>
        <translation>&amp;Удалить кластер…</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+110"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command &amp;palette…</source>
        <translation>&amp;Палитра команд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Все кластеры</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Сочетания &amp;клавиш…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About AdminUI</source>
        <translation>&amp;О программе AdminUI</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+225"/>
        <source>Fleet</source>
        <translation>Все кластеры</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Sign in to {0} again</source>
        <translation>Снова войти в {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your sign-in to {0} has expired. Sign in again: your drafts and open dialogs are kept, and an action waiting for the sign-in goes on after it.</source>
        <translation>Срок входа в {0} истёк. Войдите снова: черновики и открытые диалоги сохранятся, а действие, ожидающее входа, продолжится после него.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Language: {0} (applies after a restart)</source>
        <translation>Язык: {0} (вступит в силу после перезапуска)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme: follow the system</source>
        <translation>Тема: как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme: light</source>
        <translation>Тема: светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme: dark</source>
        <translation>Тема: тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About AdminUI</source>
        <translation>О программе AdminUI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add cluster…</source>
        <translation>Добавить кластер…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit cluster…</source>
        <translation>Изменить кластер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate cluster…</source>
        <translation>Скопировать кластер…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove cluster…</source>
        <translation>Удалить кластер…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster: {0}</source>
        <translation>Кластер: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} › node {1}</source>
        <translation>{0} › узел {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} › namespace {1}</source>
        <translation>{0} › пространство имён {1}</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Last refresh {0} · not serving: {1}</source>
        <translation>Обновлено в {0} · не обслуживают: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last refresh {0} · all nodes answering</source>
        <translation>Обновлено в {0} · все узлы отвечают</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: failed</source>
        <translation>{0}: ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: done</source>
        <translation>{0}: готово</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quit while jobs are running?</source>
        <translation>Выйти, пока выполняются задания?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring the cluster before closing…</source>
        <translation>Восстанавливаем кластер перед закрытием…</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../adminui/ui/rotation/models.py" line="+113"/>
        <source>hand out</source>
        <translation>выдавать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotating</source>
        <translation>ротируется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rotated</source>
        <translation>не ротирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Member</source>
        <extracomment>The status tone (see adminui.ui.theme) of each state.</extracomment>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last rotation</source>
        <translation>Последняя ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next rotation</source>
        <translation>Следующая ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logged in with the current password.</source>
        <translation>Вход с текущим паролем выполнен.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>logs in</source>
        <translation>входит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../adminui/ui/policies/error_banner.py" line="+31"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MonitorService</name>
    <message>
        <location filename="../../adminui/ui/monitor_service.py" line="+182"/>
        <source>Could not observe {0}: {1}</source>
        <extracomment>While a cluster has no live leader (a failover under way) it is looked at this often, so the new leader shows up soon after it is elected. A cluster was observed: (profile name, Tick). Observing a cluster failed as a whole: (profile name, one-sentence message). Looks and pulses asked for since the start (for the benchmarks).</extracomment>
        <translation>Не удалось опросить {0}: {1}</translation>
    </message>
</context>
<context>
    <name>NamespacePicker</name>
    <message>
        <location filename="../../adminui/ui/page_header.py" line="-98"/>
        <source>Namespace</source>
        <extracomment>An action of the header: a button, or an action shown as a button. The icons of the header&apos;s actions: (the desktop theme&apos;s icon, the style&apos;s own). How long a namespace list read for the picker is used before it is read again. The scope picker (None on pages without one). The primary action&apos;s button (None until :meth:`set_primary`). The Refresh button (None until :meth:`set_refresh`). The user chose a namespace (from the list, or typed and Enter): its path.</extracomment>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Namespaces not listed: {0}</source>
        <translation>Пространства имён не получены: {0}</translation>
    </message>
</context>
<context>
    <name>NamespaceTreeModel</name>
    <message>
        <location filename="../../adminui/ui/namespaces/tree_model.py" line="+77"/>
        <source>Namespace</source>
        <extracomment>The namespace&apos;s absolute path (str). Emitted when a lazily listed namespace needs its children: (absolute path). Emitted when a new filter text changed which names are bold but not which rows are shown (every namespace was shown and still is): views repaint their rows, and columns fitted to their contents are fitted again.</extracomment>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Дочерних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Всего вложенных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata</source>
        <translation>Пользовательские метаданные</translation>
    </message>
    <message>
        <location line="+356"/>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API access is locked</source>
        <translation>Доступ к API заблокирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being deleted</source>
        <translation>Удаляется</translation>
    </message>
</context>
<context>
    <name>NamespacesPage</name>
    <message>
        <location filename="../../adminui/ui/namespaces/page.py" line="+86"/>
        <source>Filter namespaces (name or key=value)…</source>
        <extracomment>With a filter showing at most this many namespaces, the tree is expanded fully. Rows measured when the columns are fitted to their contents (0: the rows on screen). What the token needs create on to make namespaces (checked with capabilities-self). Emitted to open a namespace in another page: (page name, namespace path). Page names: &quot;policies&quot;, &quot;rotation&quot;. Emitted after a refresh was applied: (number of namespaces known).</extracomment>
        <translation>Фильтр пространств имён (имя или ключ=значение)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant blueprint…</source>
        <translation>Шаблон арендатора…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in</source>
        <translation>Открыть в</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation sets</source>
        <translation>Наборы ротации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Namespaces</source>
        <translation>Пространства имён</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Namespaces — {0}</source>
        <extracomment>The running load measurement&apos;s entry in the jobs panel.</extracomment>
        <translation>Пространства имён — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no namespaces in this cluster yet.</source>
        <translation>В этом кластере пока нет пространств имён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New namespace…</source>
        <translation>Новое пространство имён…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tree</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load ranking</source>
        <translation>Рейтинг нагрузки</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} of {1} namespaces</source>
        <translation>{0} из {1} пространств имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} namespaces</source>
        <translation>Пространств имён: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (listed level by level)</source>
        <translation> (загружено по уровням)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading namespaces…</source>
        <translation>Загрузка пространств имён…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading namespaces failed</source>
        <translation>Не удалось загрузить пространства имён</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing {0} failed</source>
        <translation>Не удалось получить список {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Creating {0}…</source>
        <translation>Создание {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0} failed</source>
        <translation>Не удалось прочитать {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading what {0} contains…</source>
        <translation>Чтение содержимого {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleting {0} failed</source>
        <translation>Не удалось удалить {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting {0}…</source>
        <translation>Удаление {0}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Locking {0} failed</source>
        <translation>Не удалось заблокировать {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Locking {0}…</source>
        <translation>Блокировка {0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlocking {0} failed</source>
        <translation>Не удалось разблокировать {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking {0}…</source>
        <translation>Разблокировка {0}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+66"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Creating tenant {0}…</source>
        <translation>Создание арендатора {0}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another operation is still running.</source>
        <translation>Ещё выполняется другая операция.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Measuring load failed</source>
        <translation>Не удалось измерить нагрузку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 namespace had requests.</source>
        <translation>Запросы были в 1 пространстве имён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} namespaces had requests.</source>
        <translation>Пространств имён с запросами: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting requests for {0:.0f} s…</source>
        <translation>Подсчёт запросов за {0:.0f} с…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load measurement ({0:.0f} s)</source>
        <translation>Замер нагрузки ({0:.0f} с)</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <location filename="../../adminui/ui/node_model.py" line="-96"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follower</source>
        <translation>ведомый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>запечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Node</source>
        <extracomment>The status colour (adminui.ui.theme) each role is written in. The order roles sort in: the serving ones first.</extracomment>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Терм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit index</source>
        <translation>Индекс фиксации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied index</source>
        <translation>Применённый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter</source>
        <translation>Голосующий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock offset</source>
        <translation>Смещение часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balancer sees</source>
        <translation>Для балансировщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This node&apos;s clock differs from ours by {0:.1f} s. Raft clusters need synchronised clocks: check NTP on the node.</source>
        <translation>Часы этого узла расходятся с нашими на {0:.1f} с. Кластерам Raft нужны синхронизированные часы: проверьте NTP на узле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured from the server&apos;s own time; resolution about 1 s.</source>
        <translation>Измерено по собственному времени сервера; точность около 1 с.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names as leader: {0}</source>
        <translation>Называет лидером: {0}</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../adminui/ui/notifications_page.py" line="+42"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <source>Notifications</source>
        <extracomment>Open a cluster from an alert: (its name).</extracomment>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Clear…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter (cluster, alert, text)…</source>
        <translation>Фильтр (кластер, оповещение, текст)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No notifications yet. Leader changes, quorum at risk, sealed or silent nodes, clock skew and expiring certificates or sign-ins show up here.</source>
        <translation>Уведомлений пока нет. Здесь появятся смены лидера, угрозы кворуму, запечатанные или молчащие узлы, расхождение часов, истекающие сертификаты и входы.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Clear the notifications?</source>
        <translation>Очистить уведомления?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every notification in the log is deleted. This cannot be undone.</source>
        <translation>Все уведомления в журнале будут удалены. Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <location filename="../../adminui/ui/page_actions.py" line="+35"/>
        <source>Step down the leader…</source>
        <translation>Сменить лидера…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a failover drill…</source>
        <translation>Начать учения по отказу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New namespace…</source>
        <translation>Новое пространство имён…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace blueprint…</source>
        <translation>Шаблон пространств имён…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy…</source>
        <translation>Новая политика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quota…</source>
        <translation>Новая квота…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New rotation set…</source>
        <translation>Новый набор ротации…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the drill report as PDF…</source>
        <translation>Выгрузить отчёт об учениях в PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Core service…</source>
        <translation>Добавить сервис Core…</translation>
    </message>
</context>
<context>
    <name>PathTester</name>
    <message>
        <location filename="../../adminui/ui/policies/path_tester.py" line="+39"/>
        <source>Ask the server which capabilities a token has on a path in this namespace. To see what a policy grants, use a token that carries it.</source>
        <extracomment>The server answered: the path and its capabilities.</extracomment>
        <translation>Спросите у сервера, какие права (capabilities) есть у токена на путь в этом пространстве имён. Чтобы узнать, что разрешает политика, используйте токен с этой политикой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. secret/data/app/config</source>
        <translation>напр. secret/data/app/config</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blank: this console&apos;s own token</source>
        <translation>пусто: собственный токен консоли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a path first.</source>
        <translation>Сначала укажите путь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On {path}: nothing is allowed (deny).</source>
        <translation>На {path}: ничего не разрешено (deny).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {path}: everything (root).</source>
        <translation>На {path}: всё (root).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {path}: {caps}.</source>
        <translation>На {path}: {caps}.</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <location filename="../../adminui/ui/overview/peers_dialog.py" line="+86"/>
        <source>Raft peers — {0}</source>
        <extracomment>The peers were read again: (Membership). A change or a save finished: (True when it worked).</extracomment>
        <translation>Узлы Raft — {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node ID</source>
        <extracomment>Shows the what-if and asks; returns True to go on (replaced in tests). Asks which node joins (None: cancelled; replaced in tests). The what-if last shown (tests read it).</extracomment>
        <translation>ID узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster address</source>
        <translation>Кластерный адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter</source>
        <translation>Голосует</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Здоров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied index</source>
        <translation>Применённый индекс</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Raft peers</source>
        <translation>Узлы Raft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Promote…</source>
        <translation>&amp;Повысить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demote…</source>
        <translation>П&amp;онизить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join a node…</source>
        <translation>П&amp;рисоединить узел…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+45"/>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Save autopilot settings</source>
        <translation>&amp;Сохранить настройки autopilot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peers</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy</source>
        <translation>здоров</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unhealthy</source>
        <translation>нездоров</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The peers were not read.</source>
        <translation>Узлы не прочитаны.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health unknown — the token may not read the autopilot state: {0}</source>
        <translation>Здоровье неизвестно — токену нельзя читать состояние autopilot: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Autopilot (not read)</source>
        <translation>Autopilot (не прочитан)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-only profile: changes are disabled.</source>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking what this token may do…</source>
        <translation>Проверяем, что разрешено этому токену…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not change the Raft configuration.</source>
        <translation>Этому токену нельзя менять конфигурацию Raft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask a new, uninitialised node to join</source>
        <translation>Попросить новый неинициализированный узел присоединиться</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This token may not change the autopilot settings.</source>
        <translation>Этому токену нельзя менять настройки autopilot.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a peer in the table first.</source>
        <translation>Сначала выберите узел в таблице.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CA file was not read.</source>
        <translation>Файл CA не прочитан.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving a Raft snapshot first…</source>
        <translation>Сначала сохраняем снимок Raft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No snapshot saved, so nothing was changed.</source>
        <translation>Снимок не сохранён, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the Raft configuration…</source>
        <translation>Меняем конфигурацию Raft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not changed.</source>
        <translation>Не изменено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} was removed from the Raft configuration.</source>
        <translation>{0} удалён из конфигурации Raft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now a voter.</source>
        <translation>{0} теперь голосующий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now a non-voter.</source>
        <translation>{0} теперь не голосует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} asked to join. Unseal it; autopilot makes it a voter once it is stable.</source>
        <translation>{0} попросили присоединиться. Распечатайте его; autopilot сделает его голосующим, когда он стабилизируется.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Autopilot settings not saved.</source>
        <translation>Настройки autopilot не сохранены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autopilot settings saved.</source>
        <translation>Настройки autopilot сохранены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove peer {0}</source>
        <translation>Удаление узла {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promote {0} to voter</source>
        <translation>Сделать {0} голосующим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {0} to non-voter</source>
        <translation>Сделать {0} неголосующим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join {0}</source>
        <translation>Присоединение {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go on?</source>
        <translation>Продолжить?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make this change anyway?</source>
        <translation>Всё равно внести это изменение?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join a node</source>
        <translation>Присоединить узел</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join as a non-voter (a read replica)</source>
        <translation>Присоединить неголосующим (реплика для чтения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New node&apos;s API address:</source>
        <translation>API-адрес нового узла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader&apos;s API address:</source>
        <translation>API-адрес лидера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file (PEM) for the leader:</source>
        <translation>Файл CA (PEM) для лидера:</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../adminui/ui/policies/page.py" line="+94"/>
        <source>Read-only profile: changes are disabled.</source>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has an unsaved local draft</source>
        <translation>есть несохранённый локальный черновик</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search policies</source>
        <translation>Поиск политик</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a policy in this namespace</source>
        <translation>Создать политику в этом пространстве имён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected policy</source>
        <translation>Удалить выбранную политику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New policy…</source>
        <translation>Новая политика…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can this token do?</source>
        <translation>Что может этот токен?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the root policy cannot be changed</source>
        <translation>политику root изменить нельзя</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+120"/>
        <source>root namespace</source>
        <extracomment>Policies the server will not let anyone delete. The list of policies was (re)loaded: how many there are. A policy was deleted: its name. The title: the page&apos;s name and its namespace.</extracomment>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Namespace:</source>
        <translation>Пространство имён:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>ACL policies — {ns}</source>
        <translation>ACL-политики — {ns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no ACL policies in {ns}.</source>
        <translation>В {ns} нет политик ACL.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Policies not listed: the namespace {0} no longer exists, or this token cannot see it.</source>
        <translation>Политики не получены: пространства имён {0} больше нет, или этот токен его не видит.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policies not listed.</source>
        <translation>Список политик не получен.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This name cannot be used: {0}.</source>
        <translation>Это имя использовать нельзя: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New policy</source>
        <translation>Новая политика</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Policy name:</source>
        <translation>Имя политики:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete policy</source>
        <translation>Удаление политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete policy {name} from {ns}? Tokens that carry it lose what it grants.</source>
        <translation>Удалить политику {name} из {ns}? Токены с этой политикой потеряют выдаваемые ею права.</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+96"/>
        <source>the root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Policy {name} not deleted.</source>
        <translation>Политика {name} не удалена.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../adminui/ui/policies/editor.py" line="+43"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No policy open</source>
        <extracomment>(name, server text, editor text) -&gt; save? (name, base, editor text, server text) -&gt; merged text to put in the editor, or None. A policy was loaded into the editor: its name. The server accepted a save: the policy&apos;s name. A save was refused because the server&apos;s text changed: the unified diff. A save or load failed: the error.</extracomment>
        <translation>Политика не открыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy text</source>
        <translation>Текст политики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lint findings</source>
        <translation>Замечания проверки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Show the changes against the server, then save</source>
        <translation>Показать изменения относительно сервера и сохранить</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions saved from this console</source>
        <translation>Версии, сохранённые из этой консоли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to server</source>
        <translation>Вернуть версию с сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the local draft and reload the server text</source>
        <translation>Удалить локальный черновик и заново загрузить текст с сервера</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>read-only profile</source>
        <translation>профиль только для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled:</source>
        <translation>Недоступно:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving…</source>
        <translation>сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified — draft kept locally</source>
        <translation>изменено — черновик сохранён локально</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as the server</source>
        <translation>совпадает с сервером</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The policy could not be loaded.</source>
        <translation>Не удалось загрузить политику.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored your unsaved draft from {when}.</source>
        <translation>Восстановлен ваш несохранённый черновик от {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s policy changed since; saving will show both versions.</source>
        <translation>С тех пор политика на сервере изменилась; при сохранении будут показаны обе версии.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The local draft could not be written.</source>
        <translation>Не удалось записать локальный черновик.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not saved: the policy changed on the server since you opened it. Your text is kept as a draft.</source>
        <translation>Не сохранено: политика изменилась на сервере после того, как вы её открыли. Ваш текст сохранён как черновик.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing to save: the server has this text.</source>
        <translation>Сохранять нечего: на сервере тот же текст.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved; your text is kept as a draft.</source>
        <translation>Не сохранено; ваш текст сохранён как черновик.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../adminui/ui/namespaces/jobs.py" line="+31"/>
        <source>Cancel</source>
        <extracomment>Operations shorter than this show no progress at all. Emitted when the user cancelled the running operation.</extracomment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <location filename="../../adminui/ui/overview/quorum_panel.py" line="+41"/>
        <source>Voters</source>
        <extracomment>The same warnings when replayed: an outline in the warning&apos;s colour, no alarm fill.</extracomment>
        <translation>Голосующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy voters</source>
        <translation>Исправные голосующие</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Failure tolerance now</source>
        <translation>Допустимо отказов сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure tolerance then</source>
        <translation>Допустимо отказов тогда</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At {0}, in the past:</source>
        <translation>В прошлом, в {0}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Single node, no Raft ({0} storage): there is no quorum to keep or lose.</source>
        <translation>Один узел без Raft (хранилище {0}): кворума нет, терять нечего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the token may not read sys/storage/raft/autopilot/state, so the voters, quorum and failure tolerance are not shown.</source>
        <translation>Неизвестно: токену нельзя читать sys/storage/raft/autopilot/state, поэтому голосующие узлы, кворум и отказоустойчивость не показаны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown: without a token the voters, quorum and failure tolerance cannot be read.</source>
        <translation>Неизвестно: без токена голосующие узлы, кворум и отказоустойчивость прочитать нельзя.</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../adminui/ui/quotas/dialog.py" line="+64"/>
        <source>Edit quota</source>
        <extracomment>The narrowest the dialog gets: its placeholders and the effect sentence stay readable. The user asked to save the quota: (the :class:`QuotaSpec`, validated). The quota as the server held it when the form was filled from it (None: new).</extracomment>
        <translation>Изменение квоты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New quota</source>
        <translation>Новая квота</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>root (every namespace)</source>
        <translation>корень (все пространства имён)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. secret</source>
        <translation>необязательно, напр. secret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace:</source>
        <translation>Пространство имён:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount:</source>
        <translation>Точка монтирования:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (requests):</source>
        <translation>Частота (запросов):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per interval:</source>
        <translation>За интервал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block for:</source>
        <translation>Блокировать на:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Saving the quota…</source>
        <translation>Сохранение квоты…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: quota {name} was deleted on the server since you opened it. Save again to create it with your values.</source>
        <translation>Не сохранено: квоту {name} удалили на сервере после того, как вы её открыли. Сохраните ещё раз, чтобы создать её с вашими значениями.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: a quota named {name} was created on the server meanwhile. Save again to replace it with your values.</source>
        <translation>Не сохранено: тем временем на сервере создали квоту {name}. Сохраните ещё раз, чтобы заменить её вашими значениями.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: quota {name} changed on the server since you opened it. Save again to replace the server&apos;s values with yours.</source>
        <translation>Не сохранено: квота {name} изменилась на сервере после того, как вы её открыли. Сохраните ещё раз, чтобы заменить значения сервера вашими.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When opened</source>
        <translation>При открытии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>На сервере сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ваши</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Durations look like 1s, 500ms, 2m or 1h.</source>
        <translation>Длительность записывается как 1s, 500ms, 2m или 1h.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each node counts on its own: with clients spread over {n} nodes, up to {total:g} requests per {interval} get through.</source>
        <translation>Каждый узел считает сам по себе: если клиенты распределены по {n} узлам, за {interval} пройдёт до {total:g} запросов.</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../../adminui/ui/quotas/page.py" line="+26"/>
        <location line="+10"/>
        <source>all namespaces</source>
        <extracomment>The title: the page&apos;s name and the namespace shown.</extracomment>
        <translation>все пространства имён</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Namespace:</source>
        <translation>Пространство имён:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rate-limit quotas — {ns}</source>
        <translation>Квоты ограничения частоты — {ns}</translation>
    </message>
</context>
<context>
    <name>QuotasWidget</name>
    <message>
        <location filename="../../adminui/ui/quotas/widget.py" line="+79"/>
        <source>Read-only profile: changes are disabled.</source>
        <extracomment>The quotas were (re)loaded: how many are shown. A quota was created or changed: its name. A quota was deleted: its name. The create/edit dialog last opened (None before the first one).</extracomment>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(all namespaces)</source>
        <translation>(все пространства имён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster-wide up to</source>
        <translation>Всего по кластеру до</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each of the {n} nodes counts on its own</source>
        <translation>каждый из {n} узлов считает сам по себе</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rate-limit quotas</source>
        <translation>Квоты ограничения частоты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a rate-limit quota</source>
        <translation>Создать квоту ограничения частоты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected quota</source>
        <translation>Изменить выбранную квоту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected quota</source>
        <translation>Удалить выбранную квоту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New quota…</source>
        <translation>Новая квота…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each of the {n} nodes counts requests on its own: a 5 requests/s quota lets about {total} requests/s through the cluster when clients spread over nodes. Clients over the limit get HTTP 429.</source>
        <translation>Каждый из {n} узлов считает запросы сам по себе: квота 5 запросов/с пропускает через кластер около {total} запросов/с, если клиенты распределены по узлам. Клиенты сверх лимита получают HTTP 429.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No rate-limit quota limits {ns}.</source>
        <translation>Ни одна квота частоты запросов не ограничивает {ns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no rate-limit quotas in this cluster.</source>
        <translation>В этом кластере нет квот частоты запросов.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quotas not listed.</source>
        <translation>Список квот не получен.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Quota {name} not saved.</source>
        <translation>Квота {name} не сохранена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete quota</source>
        <translation>Удаление квоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rate-limit quota {name}? Its limit stops at once.</source>
        <translation>Удалить квоту ограничения частоты {name}? Её ограничение сразу перестанет действовать.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not deleted: quota {name} changed on the server since it was listed. The list is read again; look at it before deleting.</source>
        <translation>Не удалено: квота {name} изменилась на сервере после загрузки списка. Список прочитан заново; проверьте его перед удалением.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quota {name} was already deleted.</source>
        <translation>Квота {name} уже удалена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quota {name} not deleted.</source>
        <translation>Квота {name} не удалена.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../adminui/ui/overview/recovery_dialog.py" line="+50"/>
        <source>Recovery plan — {0}</source>
        <extracomment>A plan was made: (RecoveryPlan).</extracomment>
        <translation>План восстановления — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking which nodes answer…</source>
        <extracomment>Where peers.json is saved (&apos;&apos; cancels); replaced in tests.</extracomment>
        <translation>Проверяем, какие узлы отвечают…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node ID</source>
        <translation>ID узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last applied index</source>
        <translation>Последний применённый индекс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers now</source>
        <translation>Отвечает сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Voters, the one to keep first</source>
        <translation>Голосующие, первым — тот, кого оставить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raft/peers.json for the node kept:</source>
        <translation>raft/peers.json для оставляемого узла:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peers.json</source>
        <translation>peers.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No plan was made.</source>
        <translation>План не составлен.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>peers.json copied.</source>
        <translation>peers.json скопирован.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peers.json not saved.</source>
        <translation>peers.json не сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save peers.json</source>
        <translation>Сохранить peers.json</translation>
    </message>
</context>
<context>
    <name>ReplayBanner</name>
    <message>
        <location filename="../../adminui/ui/overview/replay_banner.py" line="+42"/>
        <source>Back to live ({0})</source>
        <extracomment>The key that leaves the replay, named on the banner&apos;s button. The status colours of the replay: blue, unlike every alert (red, orange, yellow).</extracomment>
        <translation>Вернуться в реальное время ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the cluster as it is now, with every event ({0}).</source>
        <translation>Показать кластер таким, какой он сейчас, со всеми событиями ({0}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Viewing the past: {0}. Everything on this page shows the cluster as it was then.</source>
        <translation>Просмотр прошлого: {0}. Всё на этой странице показывает кластер таким, каким он был тогда.</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <location filename="../../adminui/ui/rotation/page.py" line="+136"/>
        <source>root namespace</source>
        <extracomment>What RotationService.create_set reports once the set exists and its stagger begins: from then on the work runs in the jobs panel and the dialog closes. A set as the page&apos;s long jobs know it: (namespace, name). The last progress (what happens now, translated; fraction 0..1). The &quot;New rotation set&quot; dialog, while the set is being created (before the stagger). Progress of a long action, from the loop thread: (message, fraction 0..1); the message is a Sentence (an object, so it reaches the GUI thread whole). Staggers and re-staggers running, by set (each also a job in the jobs panel).</extracomment>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New set…</source>
        <translation>Новый набор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotation sets — {0}</source>
        <translation>Наборы ротации — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace:</source>
        <translation>Пространство имён:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotation sets</source>
        <translation>Наборы ротации</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+269"/>
        <source>Choose a rotation set</source>
        <translation>Выберите набор ротации</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate now…</source>
        <translation>Ротировать сейчас…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-stagger…</source>
        <translation>Разнести заново…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop re-staggering</source>
        <translation>Остановить разнесение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members rotated so far keep their new passwords; re-stagger again later.</source>
        <translation>Участники, у которых уже сменился пароль, сохраняют новые пароли; разнесение можно запустить снова позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify logins</source>
        <translation>Проверить вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete set…</source>
        <translation>Удалить набор…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the selected member</source>
        <translation>Пароль выбранного участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+664"/>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-661"/>
        <source>Copy password</source>
        <translation>Копировать пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This connection is read-only.</source>
        <translation>Это подключение только для чтения.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Loading rotation sets…</source>
        <translation>Загрузка наборов ротации…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rotation sets in {0} yet.</source>
        <translation>В {0} пока нет наборов ротации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that are not rotation sets: {0}</source>
        <translation>Записи, не являющиеся наборами ротации: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}: {1} members, period {2}, staggered {3} apart</source>
        <translation>{0}: участников {1}, период {2}, сдвиг {3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the members…</source>
        <translation>Чтение участников…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Static roles missing: {0}.</source>
        <translation>Отсутствуют статические роли: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rotated although due: {0} — check the database connection.</source>
        <translation>Срок ротации наступил, но ротации не было: {0} — проверьте подключение к базе данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} and {1} rotate {2} apart instead of {3} ({4} too close): re-stagger.</source>
        <translation>{0} и {1} ротируются с интервалом {2} вместо {3} (ближе на {4}): разнесите заново.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stagger is correct.</source>
        <translation>Сдвиг правильный.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Set {0} is being staggered already.</source>
        <translation>Набор {0} уже разносится.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create and stagger {0}</source>
        <translation>Создать и разнести {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created set {0}; it is being staggered (see the jobs panel).</source>
        <translation>Набор {0} создан; идёт разнесение (см. панель заданий).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staggering {0} failed: {1} Re-stagger the set to finish.</source>
        <translation>Разнесение {0} не удалось: {1} Разнесите набор заново, чтобы закончить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created and staggered.</source>
        <translation>Создан и разнесён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created set {0}.</source>
        <translation>Создан набор {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled: the set was not created.</source>
        <translation>Отменено: набор не создан.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rotate {0} now? Anyone holding its current password loses access at once.

Guaranteed remaining lifetime: {1} now, {2} after the rotation.</source>
        <translation>Ротировать {0} сейчас? Все, у кого есть его текущий пароль, сразу потеряют доступ.

Гарантированный остаток срока действия: сейчас {1}, после ротации {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stagger will be broken; re-stagger afterwards.</source>
        <translation>Сдвиг будет нарушен; после этого разнесите участников заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate member</source>
        <translation>Ротация участника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotating {0}…</source>
        <translation>Ротация {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotated {0}.</source>
        <translation>{0}: ротация выполнена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Re-stagger</source>
        <translation>Разнести заново</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The members are already staggered.</source>
        <translation>Участники уже разнесены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• rotate {0} at {1}</source>
        <translation>• ротировать {0} в {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-staggering…</source>
        <translation>Повторное разнесение…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Re-staggered.</source>
        <translation>Участники разнесены заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a re-stagger of {0}</source>
        <translation>повторное разнесение набора {0}</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Re-staggering stopped: members rotated so far keep their new passwords; re-stagger again to finish.</source>
        <translation>Разнесение остановлено: участники, у которых уже сменился пароль, сохраняют новые пароли; запустите разнесение снова, чтобы завершить его.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Re-staggering rotates these members at their slots, over {0}. It runs in the background (its progress is in the jobs panel); keep the console open until it ends (it can be run again if interrupted):

{1}</source>
        <translation>Повторное разнесение ротирует этих участников в их слотах в течение {0}. Оно идёт в фоне (ход — на панели заданий); не закрывайте консоль до его окончания (прерванное можно запустить снова):

{1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-stagger {0}</source>
        <translation>Разнести заново {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-staggering failed: {0}</source>
        <translation>Повторное разнесение не удалось: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the stagger of the new set {0}</source>
        <translation>разнесение нового набора {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logging in to PostgreSQL as each member…</source>
        <translation>Вход в PostgreSQL от имени каждого участника…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every member logs in.</source>
        <translation>Все участники входят успешно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused for: {0}.</source>
        <translation>Вход отклонён для: {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting {0}…</source>
        <translation>Удаление {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted set {0}.</source>
        <translation>Набор {0} удалён.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password copied; the clipboard is cleared in {0} s.</source>
        <translation>Пароль скопирован; буфер обмена очистится через {0} с.</translation>
    </message>
</context>
<context>
    <name>RotationTimeline</name>
    <message>
        <location filename="../../adminui/ui/rotation/timeline.py" line="+54"/>
        <source>The timeline needs pyqtgraph, which is not installed.</source>
        <extracomment>Bar and band fills (red, green, blue, alpha). Shown instead of an empty plot (no set chosen, members not read yet).</extracomment>
        <translation>Для временной шкалы нужен pyqtgraph, он не установлен.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rotation timeline</source>
        <translation>Временная шкала ротации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green: the member to hand out · blue: current password · light blue: next passwords · grey: earlier (assumed) · orange: due, waiting for the server · shaded band: guaranteed remaining lifetime</source>
        <translation>Зелёный: участник для выдачи · синий: текущий пароль · голубой: следующие пароли · серый: прежние (предполагаемые) · оранжевый: срок наступил, ждём сервер · заливка: гарантированный остаток срока действия</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a rotation set to see its members&apos; passwords over time.</source>
        <translation>Выберите набор ротации, чтобы увидеть пароли его участников во времени.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No member can be handed out now: every member is due.</source>
        <translation>Сейчас выдать некого: у всех участников наступил срок ротации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand out {0} (valid for {1}). Guaranteed remaining lifetime: {2} (P·(N−1)/N = {3}, less {4} for the server&apos;s rotation timing and {5} lost to drift).</source>
        <translation>Выдавать {0} (действует ещё {1}). Гарантированный остаток срока действия: {2} (P·(N−1)/N = {3}, минус {4} на расписание ротации сервера и {5} на дрейф).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand out {0} (valid for {1}). Guaranteed remaining lifetime: {2} (P·(N−1)/N = {3}, less {4} for the server&apos;s rotation timing).</source>
        <translation>Выдавать {0} (действует ещё {1}). Гарантированный остаток срока действия: {2} (P·(N−1)/N = {3}, минус {4} на расписание ротации сервера).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server checks for due passwords every {0} and keeps due times in whole seconds: a due member can keep its password up to {0} late, and the member handed out meanwhile can lose its password up to {1} early.</source>
        <translation>Сервер проверяет, каким паролям пора смениться, раз в {0} и хранит моменты смены с точностью до целых секунд: участник, которому пора, может сохранять пароль до {0} дольше, а выданный тем временем участник может лишиться пароля на {1} раньше.</translation>
    </message>
</context>
<context>
    <name>SaveDiffDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="-163"/>
        <source>Save policy {name}</source>
        <extracomment>Row backgrounds of a diff: (light theme, dark theme); unchanged rows keep the base.</extracomment>
        <translation>Сохранение политики {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes against the server&apos;s current text:</source>
        <extracomment>The problem the user picked to go back to (None: none picked).</extracomment>
        <translation>Изменения относительно текущего текста на сервере:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems the server will reject</source>
        <translation>Проблемы, из-за которых сервер отклонит политику</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line {0}, column {1}: {2}</source>
        <translation>Строка {0}, столбец {1}: {2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems first</source>
        <translation>Сначала исправьте проблемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the editor</source>
        <translation>Вернуться в редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first problem; nothing is sent</source>
        <translation>Перейти к первой проблеме; ничего не отправляется</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem — the server will reject this.</source>
        <translation>
            <numerusform>%n проблема — сервер это отклонит.</numerusform>
            <numerusform>%n проблемы — сервер это отклонит.</numerusform>
            <numerusform>%n проблем — сервер это отклонит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems — the server will reject this.</source>
        <translation>
            <numerusform>%n проблема — сервер это отклонит.</numerusform>
            <numerusform>%n проблемы — сервер это отклонит.</numerusform>
            <numerusform>%n проблем — сервер это отклонит.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../adminui/ui/overview/seal_dialog.py" line="+59"/>
        <source>Seal and unseal — {0}</source>
        <extracomment>The target choice meaning every node that is still sealed. The nodes&apos; seal states were read again: (list of NodeSeal). Each node&apos;s name by URL, from the cluster&apos;s last look.</extracomment>
        <translation>Запечатать и распечатать — {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <extracomment>Asks for the typed confirmation of a seal; returns what was typed (&apos;&apos; cancels).</extracomment>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key shares given</source>
        <translation>Введено долей ключа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seal state of each node</source>
        <translation>Состояние печати каждого узла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the share to</source>
        <translation>Кому передать долю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one unseal key share</source>
        <translation>одна доля ключа распечатывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unseal key share</source>
        <translation>Доля ключа распечатывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give share</source>
        <translation>&amp;Передать долю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset progress</source>
        <translation>&amp;Сбросить ввод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen nodes forget the shares given so far</source>
        <translation>Выбранные узлы забудут уже введённые доли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Seal node…</source>
        <translation>З&amp;апечатать узел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Seal the node selected in the table</source>
        <translation>Запечатать узел, выбранный в таблице</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each node needs its threshold of key shares. A share is sent as soon as you give it and is not kept; never paste shares into tickets or chat.</source>
        <translation>Каждому узлу нужно пороговое число долей ключа. Доля отправляется сразу и нигде не хранится; никогда не вставляйте доли в заявки и чаты.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give to:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key share:</source>
        <translation>Доля ключа:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no answer: {0}</source>
        <translation>нет ответа: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>запечатан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsealed</source>
        <translation>распечатан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seal state not read.</source>
        <translation>Состояние печати не прочитано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every node is unsealed.</source>
        <translation>Все узлы распечатаны.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every sealed node ({0})</source>
        <translation>Все запечатанные узлы ({0})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read-only profile: changes are disabled.</source>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not seal nodes (it needs sudo on sys/seal).</source>
        <translation>Этот токен не может запечатывать узлы (нужен sudo на sys/seal).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending the share…</source>
        <translation>Отправка доли…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resetting…</source>
        <translation>Сброс…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the node to seal in the table.</source>
        <translation>Выберите в таблице узел, который нужно запечатать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: the name typed did not match.</source>
        <translation>Не запечатано: введённое имя не совпало.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sealing {0} stops it serving until it is unsealed with the threshold of key shares. Type the node&apos;s name to seal it:</source>
        <translation>Запечатанный узел {0} перестаёт обслуживать запросы, пока его не распечатают пороговым числом долей ключа. Введите имя узла, чтобы запечатать его:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Node {0} not sealed.</source>
        <translation>Узел {0} не запечатан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node {0} is sealed.</source>
        <translation>Узел {0} запечатан.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seal node</source>
        <translation>Запечатать узел</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The nodes did not take it.</source>
        <translation>Узлы не приняли её.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} shares given</source>
        <translation>{0}: введено долей: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: unsealed</source>
        <translation>{0}: распечатан</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../adminui/ui/services/model.py" line="+47"/>
        <source>green</source>
        <extracomment>The theme&apos;s status colour (adminui.ui.theme) for each of KUMA&apos;s service colours. Sort key role: numbers for uptime, a rank for status, text elsewhere. True when the row changed since the last &quot;mark as seen&quot;.</extracomment>
        <translation>зелёный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>серый</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <extracomment>The number of highlighted (changed) rows changed: (count).</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+16"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed since you last marked the table as seen.</source>
        <translation>Изменилось с тех пор, как вы отметили таблицу просмотренной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select and press Ctrl+C to copy the ID.</source>
        <translation>Выделите и нажмите Ctrl+C, чтобы скопировать ID.</translation>
    </message>
</context>
<context>
    <name>ServicesErrors</name>
    <message>
        <location filename="../../adminui/ui/errors.py" line="+71"/>
        <source>The server refused (HTTP 409): {0}.</source>
        <translation>Сервер отказал (HTTP 409): {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was not accepted, or it may not do this: {0}.</source>
        <translation>Токен не принят или не имеет прав на это действие: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Core cluster lost its quorum: not enough healthy nodes to accept changes.</source>
        <translation>Кластер Core потерял кворум: недостаточно исправных узлов, чтобы принимать изменения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Core cluster has no leader right now; try again in a moment.</source>
        <translation>Сейчас у кластера Core нет лидера; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Core node answered: check that the cluster is running.</source>
        <translation>Ни один узел Core не ответил: проверьте, что кластер запущен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server: {0}.</source>
        <translation>Не найдено на сервере: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server rejected the request: {0}.</source>
        <translation>Сервер отклонил запрос: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer was not understood: {0}.</source>
        <translation>Не удалось разобрать ответ сервера: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request failed: {0}.</source>
        <translation>Запрос не выполнен: {0}.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../adminui/ui/services/page.py" line="+79"/>
        <source>green</source>
        <extracomment>How often the page looks while another page is shown (membership only matters then).</extracomment>
        <translation>зелёный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>серый</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Active services</source>
        <extracomment>The user pressed the Copy key sequence on the table. A look at the services finished: (number of services). ``context.profile`` gained a node (see the module docstring): (Profile). The Core services counted changed: (CoreMembers). Core services were added, joined or left: (list of Transition).</extracomment>
        <translation>Активные сервисы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+34"/>
        <source>Add Core service…</source>
        <translation>Добавить сервис Core…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This Core cluster lists no services yet.</source>
        <translation>В этом кластере Core пока нет сервисов.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The profile is read-only.</source>
        <translation>Профиль только для чтения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected services&apos; IDs, one per line (Ctrl+C).</source>
        <translation>Скопировать ID выбранных сервисов, по одному на строку (Ctrl+C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-refresh</source>
        <translation>Автообновление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh every {0} s.</source>
        <translation>Обновлять каждые {0} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as seen</source>
        <translation>Отметить просмотренным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop highlighting the rows that changed.</source>
        <translation>Больше не выделять изменившиеся строки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active services — {0}</source>
        <translation>Активные сервисы — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by kind</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search name, FQDN, address, ID…</source>
        <translation>Поиск по имени, FQDN, адресу, ID…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not list the services. {0}</source>
        <translation>Не удалось получить список сервисов. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed at {0}</source>
        <translation>Последняя попытка не удалась в {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} services · answered by {1} · leader {2} · {3}</source>
        <translation>Сервисов: {0} · ответил {1} · лидер {2} · {3}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{0} service(s) changed status since you last looked</source>
        <translation>Сервисов со сменившимся статусом с последнего просмотра: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied 1 ID to the clipboard.</source>
        <translation>В буфер обмена скопирован 1 ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied {0} IDs to the clipboard.</source>
        <translation>Скопировано ID в буфер обмена: {0}.</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <location filename="../../adminui/ui/rotation/models.py" line="-166"/>
        <source>Set</source>
        <translation>Набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database mount {0}, connection {1}</source>
        <translation>Точка монтирования БД {0}, подключение {1}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../adminui/ui/clusters/sign_in_dialog.py" line="+36"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username and password</source>
        <translation>Имя пользователя и пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIDC (browser)</source>
        <translation>OIDC (браузер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS client certificate</source>
        <translation>Клиентский сертификат TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT:</source>
        <translation>JWT:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location line="+52"/>
        <source>Sign in to {0}</source>
        <translation>Вход в {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KUMA Core API token</source>
        <translation>Токен API KUMA Core</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace:</source>
        <translation>Пространство имён:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your browser opens the provider&apos;s sign-in page.</source>
        <translation>Браузер откроет страницу входа провайдера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me (keep the token in the keyring)</source>
        <translation>&amp;Запомнить меня (токен — в хранилище ключей)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../adminui/ui/overview/snapshot_dialog.py" line="+60"/>
        <source>Raft snapshots — {0}</source>
        <extracomment>Progress is reported at most once per this many bytes. A save or restore finished: (True when it worked).</extracomment>
        <translation>Снимки Raft — {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved</source>
        <extracomment>Where a new snapshot goes (&apos;&apos; cancels); replaced in tests. Which file to restore (&apos;&apos; cancels); replaced in tests. The typed confirmation of a restore (&apos;&apos; cancels); replaced in tests.</extracomment>
        <translation>Сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots saved by this console</source>
        <translation>Снимки, сохранённые этой консолью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A snapshot holds the cluster&apos;s whole store, secrets included: keep the file where only administrators can read it.</source>
        <translation>Снимок содержит всё хранилище кластера, включая секреты: храните файл там, где его могут читать только администраторы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Сохранить снимок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a snapshot of the present state first</source>
        <translation>Сначала сохранить снимок текущего состояния</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force: the snapshot comes from another cluster</source>
        <translation>Принудительно: снимок из другого кластера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot-force restores a snapshot taken with other unseal keys; the cluster then needs that cluster&apos;s keys to unseal.</source>
        <translation>snapshot-force восстанавливает снимок, снятый с другими ключами распечатывания; после этого кластеру нужны ключи того кластера.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>What this token may do was not read.</source>
        <translation>Не удалось узнать, что разрешено этому токену.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking what this token may do…</source>
        <translation>Проверяем, что разрешено этому токену…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream a snapshot of the whole store into a file</source>
        <translation>Записать снимок всего хранилища в файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not read sys/storage/raft/snapshot.</source>
        <translation>Этому токену нельзя читать sys/storage/raft/snapshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only profile: changes are disabled.</source>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not update sys/storage/raft/snapshot.</source>
        <translation>Этому токену нельзя изменять sys/storage/raft/snapshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the cluster&apos;s whole store with a saved snapshot</source>
        <translation>Заменить всё хранилище кластера сохранённым снимком</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} so far…</source>
        <translation>Пока {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving a snapshot to {0}…</source>
        <translation>Сохраняем снимок в {0}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No snapshot saved.</source>
        <translation>Снимок не сохранён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {0} ({1}, SHA-256 {2}).</source>
        <translation>Сохранён {0} ({1}, SHA-256 {2}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a Raft snapshot</source>
        <translation>Сохранить снимок Raft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Raft snapshots (*.snap);;All files (*)</source>
        <translation>Снимки Raft (*.snap);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Not restored: the cluster name typed did not match.</source>
        <translation>Не восстановлено: введённое имя кластера не совпало.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving a snapshot of the present state…</source>
        <translation>Сохраняем снимок текущего состояния…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No snapshot saved, so nothing was restored.</source>
        <translation>Снимок не сохранён, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring {0}…</source>
        <translation>Восстанавливаем {0}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not restored.</source>
        <translation>Не восстановлено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored {0}. Tokens and leases created after it was taken no longer exist; sign in again if requests are refused.</source>
        <translation>Восстановлено из {0}. Токенов и аренд, созданных после снимка, больше нет; если запросы отклоняются, войдите снова.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore a Raft snapshot</source>
        <translation>Восстановить снимок Raft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore snapshot</source>
        <translation>Восстановление снимка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring {0} replaces everything {1} holds now — secrets, policies, tokens — with what the snapshot holds. Type the cluster&apos;s name to restore:</source>
        <translation>Восстановление {0} заменит всё, что сейчас хранит {1}, — секреты, политики, токены — содержимым снимка. Введите имя кластера, чтобы восстановить:</translation>
    </message>
</context>
<context>
    <name>SnapshotFirstBox</name>
    <message>
        <location filename="../../adminui/ui/overview/snapshot_first.py" line="+29"/>
        <source>Save a Raft snapshot first</source>
        <translation>Сначала сохранить снимок Raft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cluster&apos;s profile requires a fresh snapshot before this change.</source>
        <extracomment>The snapshot saved by the last :meth:`then` (None: none was).</extracomment>
        <translation>Профиль этого кластера требует свежий снимок перед этим изменением.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A snapshot of the whole store is saved before the change is made.</source>
        <translation>Перед изменением сохраняется снимок всего хранилища.</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../adminui/ui/table_tools.py" line="+90"/>
        <source>Copy cell</source>
        <translation>Копировать ячейку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy selected rows</source>
        <translation>Копировать выбранные строки</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <location filename="../../adminui/ui/clusters/token_watch.py" line="+158"/>
        <source>Sign-in expired — sign in again</source>
        <extracomment>How often a token is asked about (``lookup-self``) to notice one revoked elsewhere. A cluster&apos;s token state changed (renewed, warned, expired, signed in): (name). A cluster&apos;s token expired or was refused as unknown: (name).</extracomment>
        <translation>Срок входа истёк — войдите снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out — sign in</source>
        <translation>Вход не выполнен — войдите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in · expires in {0}</source>
        <translation>Вход выполнен · истекает через {0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+51"/>
        <source>Unlock namespace</source>
        <translation>Разблокировка пространства имён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlock key (may be empty with a root token)</source>
        <translation>ключ разблокировки (с токеном root может быть пустым)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock API access to &lt;b&gt;{0}/&lt;/b&gt;</source>
        <translation>Разблокировать доступ к API для &lt;b&gt;{0}/&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>UnlockKeyDialog</name>
    <message>
        <location line="-52"/>
        <source>Namespace locked</source>
        <translation>Пространство имён заблокировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API access to &lt;b&gt;{0}/&lt;/b&gt; is locked. This is the only time the unlock key is shown: store it safely now.</source>
        <translation>Доступ к API для &lt;b&gt;{0}/&lt;/b&gt; заблокирован. Ключ разблокировки показывается только сейчас: сохраните его в надёжном месте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied (cleared in {0} s)</source>
        <translation>Скопировано (буфер очистится через {0} с)</translation>
    </message>
</context>
</TS>
